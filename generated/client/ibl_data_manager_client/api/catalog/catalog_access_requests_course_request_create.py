"""`catalog_access_requests_course_request_create`: POST /api/catalog/access_requests/course/request/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_access_request_create import CourseAccessRequestCreate
from ...models.course_access_request_detail import CourseAccessRequestDetail
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CourseAccessRequestDetail:
    """The typed value of a checked 2xx body."""
    response_200 = CourseAccessRequestDetail.from_dict(data)

    return response_200


OPERATION: Operation[CourseAccessRequestDetail] = Operation(
    operation_id="catalog_access_requests_course_request_create",
    method="POST",
    path="/api/catalog/access_requests/course/request/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseAccessRequestDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CourseAccessRequestCreate"},
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    body: CourseAccessRequestCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/access_requests/course/request/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
