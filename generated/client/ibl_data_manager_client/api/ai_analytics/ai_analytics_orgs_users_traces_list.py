"""`ai_analytics_orgs_users_traces_list`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/traces/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.paginated_trace_list import PaginatedTraceList
from ...models.trace import Trace
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedTraceList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedTraceList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedTraceList] = Operation(
    operation_id="ai_analytics_orgs_users_traces_list",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/traces/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedTraceList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.ordering": {"type": "string"},
        "query.search": {"type": "string"},
    },
)


def _parse_item(data: Any) -> Trace:
    """One item of a page."""
    results_item = Trace.from_dict(data)

    return results_item


PAGE: PageShape[Trace] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["ordering"] = ordering

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/traces/".format(
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
