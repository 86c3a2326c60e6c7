"""`ai_mentor_orgs_users_support_ticket_messages_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.paginated_ticket_message_list import PaginatedTicketMessageList
from ...models.ticket_message import TicketMessage
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedTicketMessageList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedTicketMessageList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedTicketMessageList] = Operation(
    operation_id="ai_mentor_orgs_users_support_ticket_messages_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedTicketMessageList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.sender": {"type": "string"},
        "query.ticket": {"type": "number"},
    },
)


def _parse_item(data: Any) -> TicketMessage:
    """One item of a page."""
    results_item = TicketMessage.from_dict(data)

    return results_item


PAGE: PageShape[TicketMessage] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    ticket: float | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sender"] = sender

    params["ticket"] = ticket

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/".format(
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
