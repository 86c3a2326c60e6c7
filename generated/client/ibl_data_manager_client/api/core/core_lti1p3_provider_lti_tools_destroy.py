"""`core_lti1p3_provider_lti_tools_destroy`: DELETE /api/core/lti/1p3/provider/lti-tools/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...types import UNSET


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="core_lti1p3_provider_lti_tools_destroy",
    method="DELETE",
    path="/api/core/lti/1p3/provider/lti-tools/{id}/",
    parse=_parse,
    responses=((204, 204, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.id": {"type": "string"},
        "query.platform_key": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    id: str,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/core/lti/1p3/provider/lti-tools/{id}/".format(
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
