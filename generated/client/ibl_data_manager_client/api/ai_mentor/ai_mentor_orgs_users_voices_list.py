"""`ai_mentor_orgs_users_voices_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/voices/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_mentor_orgs_users_voices_list_provider import AiMentorOrgsUsersVoicesListProvider
from ...models.paginated_voice_list import PaginatedVoiceList
from ...models.voice import Voice
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedVoiceList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedVoiceList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedVoiceList] = Operation(
    operation_id="ai_mentor_orgs_users_voices_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/voices/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedVoiceList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.provider": {"$ref": "#/components/schemas/AiMentorOrgsUsersVoicesListProvider"},
        "query.search": {"type": "string"},
    },
)


def _parse_item(data: Any) -> Voice:
    """One item of a page."""
    results_item = Voice.from_dict(data)

    return results_item


PAGE: PageShape[Voice] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/voices/".format(
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
