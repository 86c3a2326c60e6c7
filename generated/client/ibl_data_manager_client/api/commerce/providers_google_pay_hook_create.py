"""`providers_google_pay_hook_create`: POST /api/providers/google-pay/hook/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="providers_google_pay_hook_create",
    method="POST",
    path="/api/providers/google-pay/hook/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={},
)


def build_request() -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="POST",
        url="/api/providers/google-pay/hook/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
