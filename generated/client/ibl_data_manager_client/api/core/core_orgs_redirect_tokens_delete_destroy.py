"""`core_orgs_redirect_tokens_delete_destroy`: DELETE /api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="core_orgs_redirect_tokens_delete_destroy",
    method="DELETE",
    path="/api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete",
    parse=_parse,
    responses=((204, 204, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.redirect_token": {"type": "string"},
        "query.mentor_unique_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    redirect_token: str,
    mentor_unique_id: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["mentor_unique_id"] = mentor_unique_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete".format(
            org=quote(wire_text(org), safe=""),
            redirect_token=quote(wire_text(redirect_token), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.redirect_token": wire_value(redirect_token),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
