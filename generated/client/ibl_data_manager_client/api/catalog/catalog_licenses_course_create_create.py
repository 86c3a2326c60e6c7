"""`catalog_licenses_course_create_create`: POST /api/catalog/licenses/course/create/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_license_create import CourseLicenseCreate
from ...models.course_license_detail import CourseLicenseDetail


def _parse(status: int, data: Any) -> CourseLicenseDetail:
    """The typed value of a checked 2xx body."""
    response_200 = CourseLicenseDetail.from_dict(data)

    return response_200


OPERATION: Operation[CourseLicenseDetail] = Operation(
    operation_id="catalog_licenses_course_create_create",
    method="POST",
    path="/api/catalog/licenses/course/create/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseLicenseDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CourseLicenseCreate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: CourseLicenseCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/licenses/course/create/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
