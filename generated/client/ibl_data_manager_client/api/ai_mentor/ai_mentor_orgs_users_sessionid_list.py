"""`ai_mentor_orgs_users_sessionid_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.chat_history_session_id import ChatHistorySessionId
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[ChatHistorySessionId]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ChatHistorySessionId.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[ChatHistorySessionId]] = Operation(
    operation_id="ai_mentor_orgs_users_sessionid_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/ChatHistorySessionId"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.end_date": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    end_date: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["end_date"] = end_date

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/".format(
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
