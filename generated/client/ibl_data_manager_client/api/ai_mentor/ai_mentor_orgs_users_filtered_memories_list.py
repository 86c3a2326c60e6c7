"""`ai_mentor_orgs_users_filtered_memories_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/filtered-memories/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.paginated_user_memory_list import PaginatedUserMemoryList
from ...models.user_memory import UserMemory
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedUserMemoryList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedUserMemoryList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedUserMemoryList] = Operation(
    operation_id="ai_mentor_orgs_users_filtered_memories_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/filtered-memories/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedUserMemoryList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.category": {"type": "string"},
        "query.end_date": {"type": "string"},
        "query.mentor": {"type": "string"},
        "query.mode": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform": {"type": "string"},
        "query.session": {"type": "string"},
        "query.start_date": {"type": "string"},
        "query.username": {"type": "string"},
    },
)


def _parse_item(data: Any) -> UserMemory:
    """One item of a page."""
    results_item = UserMemory.from_dict(data)

    return results_item


PAGE: PageShape[UserMemory] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    category: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    mentor: str | Unset = UNSET,
    mode: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    session: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["category"] = category

    params["end_date"] = end_date

    params["mentor"] = mentor

    params["mode"] = mode

    params["page"] = page

    params["page_size"] = page_size

    params["platform"] = platform

    params["session"] = session

    params["start_date"] = start_date

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/filtered-memories/".format(
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
