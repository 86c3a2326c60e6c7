"""`ai_mentor_orgs_users_projects_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/projects/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.paginated_project_list import PaginatedProjectList
from ...models.project import Project
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedProjectList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedProjectList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedProjectList] = Operation(
    operation_id="ai_mentor_orgs_users_projects_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/projects/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedProjectList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.ordering": {"type": "string"},
        "query.search": {"type": "string"},
        "query.shared": {"type": "boolean"},
        "query.sort": {"type": "string"},
        "query.username": {"type": "string"},
    },
)


def _parse_item(data: Any) -> Project:
    """One item of a page."""
    results_item = Project.from_dict(data)

    return results_item


PAGE: PageShape[Project] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
    shared: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["ordering"] = ordering

    params["search"] = search

    params["shared"] = shared

    params["sort"] = sort

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/projects/".format(
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
