"""`core_domains_whitelist_retrieve`: GET /api/core/domains/whitelist/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="core_domains_whitelist_retrieve",
    method="GET",
    path="/api/core/domains/whitelist/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "query.url": {"type": "string", "minLength": 1},
        "query.is_active": {"type": "boolean"},
    },
)


def build_request(
    *,
    url_query: str,
    is_active: bool | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["url"] = url_query

    params["is_active"] = is_active

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/domains/whitelist/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
