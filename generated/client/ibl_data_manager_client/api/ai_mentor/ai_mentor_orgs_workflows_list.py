"""`ai_mentor_orgs_workflows_list`: GET /api/ai-mentor/orgs/{org}/workflows/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.paginated_workflow_list import PaginatedWorkflowList
from ...models.workflow import Workflow
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedWorkflowList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedWorkflowList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedWorkflowList] = Operation(
    operation_id="ai_mentor_orgs_workflows_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/workflows/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedWorkflowList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.created_by": {"type": "string"},
        "query.is_active": {"type": "boolean"},
        "query.is_template": {"type": "boolean"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.search": {"type": "string"},
        "query.sort": {"type": "string"},
    },
)


def _parse_item(data: Any) -> Workflow:
    """One item of a page."""
    results_item = Workflow.from_dict(data)

    return results_item


PAGE: PageShape[Workflow] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    created_by: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_template: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["created_by"] = created_by

    params["is_active"] = is_active

    params["is_template"] = is_template

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/workflows/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
