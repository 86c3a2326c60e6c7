"""`core_platform_api_tokens_create`: POST /api/core/platform/api-tokens/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_api_key import PlatformApiKey
from ...models.platform_api_key_request import PlatformApiKeyRequest


def _parse(status: int, data: Any) -> PlatformApiKey:
    """The typed value of a checked 2xx body."""
    response_201 = PlatformApiKey.from_dict(data)

    return response_201


OPERATION: Operation[PlatformApiKey] = Operation(
    operation_id="core_platform_api_tokens_create",
    method="POST",
    path="/api/core/platform/api-tokens/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/PlatformApiKey"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PlatformApiKeyRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PlatformApiKeyRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/platform/api-tokens/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
