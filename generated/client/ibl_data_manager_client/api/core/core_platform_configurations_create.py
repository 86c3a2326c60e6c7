"""`core_platform_configurations_create`: POST /api/core/platform/configurations/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_configuration_set import PlatformConfigurationSet
from ...models.platform_configuration_set_response import PlatformConfigurationSetResponse


def _parse(status: int, data: Any) -> PlatformConfigurationSetResponse:
    """The typed value of a checked 2xx body."""
    response_201 = PlatformConfigurationSetResponse.from_dict(data)

    return response_201


OPERATION: Operation[PlatformConfigurationSetResponse] = Operation(
    operation_id="core_platform_configurations_create",
    method="POST",
    path="/api/core/platform/configurations/",
    parse=_parse,
    responses=(
        (201, 201, {"$ref": "#/components/schemas/PlatformConfigurationSetResponse"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/PlatformConfigurationSet"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PlatformConfigurationSet,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/platform/configurations/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
