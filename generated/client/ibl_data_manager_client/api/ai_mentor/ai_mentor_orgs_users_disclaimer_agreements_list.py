"""`ai_mentor_orgs_users_disclaimer_agreements_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.disclaimer_agreement import DisclaimerAgreement
from ...models.paginated_disclaimer_agreement_list import PaginatedDisclaimerAgreementList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedDisclaimerAgreementList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedDisclaimerAgreementList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedDisclaimerAgreementList] = Operation(
    operation_id="ai_mentor_orgs_users_disclaimer_agreements_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedDisclaimerAgreementList"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.disclaimer": {"type": "integer"},
        "query.mentor_id": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.username": {"type": "string"},
    },
)


def _parse_item(data: Any) -> DisclaimerAgreement:
    """One item of a page."""
    results_item = DisclaimerAgreement.from_dict(data)

    return results_item


PAGE: PageShape[DisclaimerAgreement] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    disclaimer: int | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["disclaimer"] = disclaimer

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params["page"] = page

    params["page_size"] = page_size

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/".format(
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
