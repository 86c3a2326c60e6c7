"""`ai_mentor_orgs_mentors_email_inbox_list`: GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.email_prompt_list import EmailPromptList
from ...models.paginated_email_prompt_list_list import PaginatedEmailPromptListList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedEmailPromptListList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedEmailPromptListList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedEmailPromptListList] = Operation(
    operation_id="ai_mentor_orgs_mentors_email_inbox_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedEmailPromptListList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.mentor": {"type": "string"},
        "path.org": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.search": {"type": "string"},
    },
)


def _parse_item(data: Any) -> EmailPromptList:
    """One item of a page."""
    results_item = EmailPromptList.from_dict(data)

    return results_item


PAGE: PageShape[EmailPromptList] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    mentor: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/".format(
            org=quote(wire_text(org), safe=""),
            mentor=quote(wire_text(mentor), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.mentor": wire_value(mentor),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
