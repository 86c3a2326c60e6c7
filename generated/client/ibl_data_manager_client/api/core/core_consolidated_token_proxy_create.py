"""`core_consolidated_token_proxy_create`: POST /api/core/consolidated-token/proxy/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.token_proxy_input import TokenProxyInput
from ...models.token_proxy_output import TokenProxyOutput


def _parse(status: int, data: Any) -> TokenProxyOutput:
    """The typed value of a checked 2xx body."""
    response_200 = TokenProxyOutput.from_dict(data)

    return response_200


OPERATION: Operation[TokenProxyOutput] = Operation(
    operation_id="core_consolidated_token_proxy_create",
    method="POST",
    path="/api/core/consolidated-token/proxy/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TokenProxyOutput"}, "json"),),
    body_schema={"$ref": "#/components/schemas/TokenProxyInput"},
    parameter_schemas={},
)


def build_request(
    *,
    body: TokenProxyInput,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/consolidated-token/proxy/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
