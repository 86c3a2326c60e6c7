"""`search_users_orgs_users_retrieve`: GET /api/search/users/orgs/{org}/users/{username}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.user_search_response import UserSearchResponse
from ...models.user_search_response_results_item import UserSearchResponseResultsItem
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UserSearchResponse:
    """The typed value of a checked 2xx body."""
    response_200 = UserSearchResponse.from_dict(data)

    return response_200


OPERATION: Operation[UserSearchResponse] = Operation(
    operation_id="search_users_orgs_users_retrieve",
    method="GET",
    path="/api/search/users/orgs/{org}/users/{username}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserSearchResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.username": {"type": "string"},
        "query.department": {"type": "array", "items": {"type": "string"}},
        "query.education__degree": {"type": "string", "minLength": 1},
        "query.education__field_of_study": {"type": "string", "minLength": 1},
        "query.education__institution": {"type": "string", "minLength": 1},
        "query.include_membership_data": {"type": "boolean"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.q": {"type": "string", "minLength": 1},
        "query.user_resume__company": {"type": "string", "minLength": 1},
        "query.user_resume__industry": {"type": "string", "minLength": 1},
        "query.user_resume__job_title": {"type": "string", "minLength": 1},
        "query.user_resume__location": {"type": "string", "minLength": 1},
        "query.user_resume__skills": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> UserSearchResponseResultsItem:
    """One item of a page."""
    results_item = UserSearchResponseResultsItem.from_dict(data)

    return results_item


PAGE: PageShape[UserSearchResponseResultsItem] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    username: str,
    department: list[str] | Unset = UNSET,
    education_degree: str | Unset = UNSET,
    education_field_of_study: str | Unset = UNSET,
    education_institution: str | Unset = UNSET,
    include_membership_data: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    user_resume_company: str | Unset = UNSET,
    user_resume_industry: str | Unset = UNSET,
    user_resume_job_title: str | Unset = UNSET,
    user_resume_location: str | Unset = UNSET,
    user_resume_skills: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_department: list[str] | Unset = UNSET
    if not isinstance(department, Unset):
        json_department = department

    params["department"] = json_department

    params["education__degree"] = education_degree

    params["education__field_of_study"] = education_field_of_study

    params["education__institution"] = education_institution

    params["include_membership_data"] = include_membership_data

    params["limit"] = limit

    params["offset"] = offset

    params["q"] = q

    params["user_resume__company"] = user_resume_company

    params["user_resume__industry"] = user_resume_industry

    params["user_resume__job_title"] = user_resume_job_title

    params["user_resume__location"] = user_resume_location

    params["user_resume__skills"] = user_resume_skills

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/search/users/orgs/{org}/users/{username}/".format(
            org=quote(wire_text(org), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
