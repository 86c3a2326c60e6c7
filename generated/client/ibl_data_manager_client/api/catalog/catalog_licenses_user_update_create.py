"""`catalog_licenses_user_update_create`: POST /api/catalog/licenses/user/update/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_license_detail import UserLicenseDetail
from ...models.user_license_update import UserLicenseUpdate
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UserLicenseDetail:
    """The typed value of a checked 2xx body."""
    response_200 = UserLicenseDetail.from_dict(data)

    return response_200


OPERATION: Operation[UserLicenseDetail] = Operation(
    operation_id="catalog_licenses_user_update_create",
    method="POST",
    path="/api/catalog/licenses/user/update/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserLicenseDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserLicenseUpdate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserLicenseUpdate | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/licenses/user/update/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
