"""`catalog_licenses_user_create_create`: POST /api/catalog/licenses/user/create/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_license_create import UserLicenseCreate
from ...models.user_license_detail import UserLicenseDetail


def _parse(status: int, data: Any) -> UserLicenseDetail:
    """The typed value of a checked 2xx body."""
    response_200 = UserLicenseDetail.from_dict(data)

    return response_200


OPERATION: Operation[UserLicenseDetail] = Operation(
    operation_id="catalog_licenses_user_create_create",
    method="POST",
    path="/api/catalog/licenses/user/create/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserLicenseDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserLicenseCreate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserLicenseCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/licenses/user/create/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
