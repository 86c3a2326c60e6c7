"""`ai_mentor_orgs_claw_instances_list`: GET /api/ai-mentor/orgs/{org}/claw/instances/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_mentor_orgs_claw_instances_list_status import AiMentorOrgsClawInstancesListStatus
from ...models.claw_instance import ClawInstance
from ...models.paginated_claw_instance_list import PaginatedClawInstanceList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedClawInstanceList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedClawInstanceList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedClawInstanceList] = Operation(
    operation_id="ai_mentor_orgs_claw_instances_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/claw/instances/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedClawInstanceList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.search": {"type": "string"},
        "query.status": {"$ref": "#/components/schemas/AiMentorOrgsClawInstancesListStatus"},
    },
)


def _parse_item(data: Any) -> ClawInstance:
    """One item of a page."""
    results_item = ClawInstance.from_dict(data)

    return results_item


PAGE: PageShape[ClawInstance] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/claw/instances/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
