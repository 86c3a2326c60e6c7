"""`ai_mentor_orgs_users_support_tickets_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_mentor_orgs_users_support_tickets_list_status import (
    AiMentorOrgsUsersSupportTicketsListStatus,
)
from ...models.human_support_ticket import HumanSupportTicket
from ...models.paginated_human_support_ticket_list import PaginatedHumanSupportTicketList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedHumanSupportTicketList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedHumanSupportTicketList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedHumanSupportTicketList] = Operation(
    operation_id="ai_mentor_orgs_users_support_tickets_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedHumanSupportTicketList"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.mentor_id": {"type": "number"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.session": {"type": "string"},
        "query.status": {"$ref": "#/components/schemas/AiMentorOrgsUsersSupportTicketsListStatus"},
        "query.username": {"type": "string"},
    },
)


def _parse_item(data: Any) -> HumanSupportTicket:
    """One item of a page."""
    results_item = HumanSupportTicket.from_dict(data)

    return results_item


PAGE: PageShape[HumanSupportTicket] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    mentor_id: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    session: UUID | Unset = UNSET,
    status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["mentor_id"] = mentor_id

    params["page"] = page

    params["page_size"] = page_size

    json_session: str | Unset = UNSET
    if not isinstance(session, Unset):
        json_session = str(session)
    params["session"] = json_session

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/".format(
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
