"""`catalog_licenses_course_assignment_create`: POST /api/catalog/licenses/course/assignment/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_license_assignment_create import CourseLicenseAssignmentCreate
from ...models.course_license_assignment_detail import CourseLicenseAssignmentDetail
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CourseLicenseAssignmentDetail:
    """The typed value of a checked 2xx body."""
    response_200 = CourseLicenseAssignmentDetail.from_dict(data)

    return response_200


OPERATION: Operation[CourseLicenseAssignmentDetail] = Operation(
    operation_id="catalog_licenses_course_assignment_create",
    method="POST",
    path="/api/catalog/licenses/course/assignment/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseLicenseAssignmentDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CourseLicenseAssignmentCreate"},
    parameter_schemas={
        "query.license_id": {"type": "integer"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    body: CourseLicenseAssignmentCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["license_id"] = license_id

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/licenses/course/assignment/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
