"""`core_platform_configurations_available_settings_retrieve`: GET /api/core/platform/configurations/available-settings/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_configuration_list import PlatformConfigurationList


def _parse(status: int, data: Any) -> PlatformConfigurationList:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformConfigurationList.from_dict(data)

    return response_200


OPERATION: Operation[PlatformConfigurationList] = Operation(
    operation_id="core_platform_configurations_available_settings_retrieve",
    method="GET",
    path="/api/core/platform/configurations/available-settings/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformConfigurationList"}, "json"),),
    body_schema=None,
    parameter_schemas={},
)


def build_request() -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/platform/configurations/available-settings/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
