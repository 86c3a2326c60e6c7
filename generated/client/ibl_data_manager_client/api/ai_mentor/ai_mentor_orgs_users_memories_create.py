"""`ai_mentor_orgs_users_memories_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/memories/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.paginated_user_memory_list import PaginatedUserMemoryList
from ...models.user_memory_request import UserMemoryRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedUserMemoryList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedUserMemoryList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedUserMemoryList] = Operation(
    operation_id="ai_mentor_orgs_users_memories_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/memories/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedUserMemoryList"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserMemoryRequest"},
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    body: UserMemoryRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/memories/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
