"""`core_platform_config_site_create`: POST /api/core/platform/config/site/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.core_platform_config_site_create_json_body import (
    CorePlatformConfigSiteCreateJsonBody,
)
from ...models.core_platform_config_site_create_response_200 import (
    CorePlatformConfigSiteCreateResponse200,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CorePlatformConfigSiteCreateResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CorePlatformConfigSiteCreateResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CorePlatformConfigSiteCreateResponse200] = Operation(
    operation_id="core_platform_config_site_create",
    method="POST",
    path="/api/core/platform/config/site/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema={"type": "object", "additionalProperties": {}},
    parameter_schemas={},
)


def build_request(
    *,
    body: CorePlatformConfigSiteCreateJsonBody | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/platform/config/site/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
