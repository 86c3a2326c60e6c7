"""`core_platform_config_site_retrieve`: GET /api/core/platform/config/site/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.core_platform_config_site_retrieve_response_200 import (
    CorePlatformConfigSiteRetrieveResponse200,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CorePlatformConfigSiteRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CorePlatformConfigSiteRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CorePlatformConfigSiteRetrieveResponse200] = Operation(
    operation_id="core_platform_config_site_retrieve",
    method="GET",
    path="/api/core/platform/config/site/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.key": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    key: str,
    user_id: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["key"] = key

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/platform/config/site/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
