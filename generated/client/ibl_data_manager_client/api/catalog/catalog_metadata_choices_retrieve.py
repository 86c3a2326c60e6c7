"""`catalog_metadata_choices_retrieve`: GET /api/catalog/metadata/choices/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="catalog_metadata_choices_retrieve",
    method="GET",
    path="/api/catalog/metadata/choices/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "query.field_key": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.scope": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    field_key: str | Unset = UNSET,
    org: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["field_key"] = field_key

    params["org"] = org

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/metadata/choices/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
