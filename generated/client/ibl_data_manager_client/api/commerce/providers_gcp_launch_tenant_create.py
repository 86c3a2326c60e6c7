"""`providers_gcp_launch_tenant_create`: POST /api/providers/gcp/launch-tenant/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.gcp_tenant_launch_request import GCPTenantLaunchRequest
from ...models.tenant_launch_response import TenantLaunchResponse


def _parse(status: int, data: Any) -> TenantLaunchResponse:
    """The typed value of a checked 2xx body."""
    response_201 = TenantLaunchResponse.from_dict(data)

    return response_201


OPERATION: Operation[TenantLaunchResponse] = Operation(
    operation_id="providers_gcp_launch_tenant_create",
    method="POST",
    path="/api/providers/gcp/launch-tenant/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/TenantLaunchResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/GCPTenantLaunchRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: GCPTenantLaunchRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/providers/gcp/launch-tenant/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
