"""`catalog_access_requests_course_manage_retrieve`: GET /api/catalog/access_requests/course/manage/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.paginated_course_access_request import PaginatedCourseAccessRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedCourseAccessRequest:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedCourseAccessRequest.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedCourseAccessRequest] = Operation(
    operation_id="catalog_access_requests_course_manage_retrieve",
    method="GET",
    path="/api/catalog/access_requests/course/manage/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedCourseAccessRequest"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.reviewed": {"type": "boolean"},
        "query.sort": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["reviewed"] = reviewed

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/access_requests/course/manage/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
