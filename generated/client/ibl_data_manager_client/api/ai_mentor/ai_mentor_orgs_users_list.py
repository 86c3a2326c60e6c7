"""`ai_mentor_orgs_users_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.mentor import Mentor
from ...models.paginated_mentor_list import PaginatedMentorList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedMentorList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedMentorList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedMentorList] = Operation(
    operation_id="ai_mentor_orgs_users_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedMentorList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.filter_by": {"type": "string", "minLength": 1},
        "query.is_featured": {"type": "boolean"},
        "query.metadata_key": {"type": "string", "minLength": 1},
        "query.metadata_value": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.return_session_information": {"type": "boolean"},
        "query.visibility": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> Mentor:
    """One item of a page."""
    results_item = Mentor.from_dict(data)

    return results_item


PAGE: PageShape[Mentor] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    department_id: int | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    return_session_information: bool | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params["filter_by"] = filter_by

    params["is_featured"] = is_featured

    params["metadata_key"] = metadata_key

    params["metadata_value"] = metadata_value

    params["page"] = page

    params["page_size"] = page_size

    params["return_session_information"] = return_session_information

    params["visibility"] = visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
