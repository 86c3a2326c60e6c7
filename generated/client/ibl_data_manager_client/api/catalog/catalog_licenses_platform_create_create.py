"""`catalog_licenses_platform_create_create`: POST /api/catalog/licenses/platform/create/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_license_create import PlatformLicenseCreate
from ...models.platform_license_detail import PlatformLicenseDetail


def _parse(status: int, data: Any) -> PlatformLicenseDetail:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformLicenseDetail.from_dict(data)

    return response_200


OPERATION: Operation[PlatformLicenseDetail] = Operation(
    operation_id="catalog_licenses_platform_create_create",
    method="POST",
    path="/api/catalog/licenses/platform/create/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformLicenseDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PlatformLicenseCreate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PlatformLicenseCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/licenses/platform/create/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
