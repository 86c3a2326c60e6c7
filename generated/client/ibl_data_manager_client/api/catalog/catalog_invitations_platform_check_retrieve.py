"""`catalog_invitations_platform_check_retrieve`: GET /api/catalog/invitations/platform/check/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...types import UNSET


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="catalog_invitations_platform_check_retrieve",
    method="GET",
    path="/api/catalog/invitations/platform/check/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={"query.email": {"type": "string", "minLength": 1}},
)


def build_request(
    *,
    email: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/invitations/platform/check/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
