"""`v2_global_mentor_search`: GET /api/ai-search/mentors/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ..._pagination import PageShape
from ...models.v2_global_mentor_search_response import V2GlobalMentorSearchResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> V2GlobalMentorSearchResponse:
    """The typed value of a checked 2xx body."""
    response_200 = V2GlobalMentorSearchResponse.from_dict(data)

    return response_200


OPERATION: Operation[V2GlobalMentorSearchResponse] = Operation(
    operation_id="v2_global_mentor_search",
    method="GET",
    path="/api/ai-search/mentors/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/V2GlobalMentorSearchResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.alphabetical": {"type": "boolean"},
        "query.category": {"type": "string", "minLength": 1},
        "query.created_by": {"type": "string", "minLength": 1},
        "query.featured": {"type": "boolean"},
        "query.include_main_public_mentors": {"type": "boolean"},
        "query.limit": {"type": "integer", "minimum": 1, "maximum": 100},
        "query.llm": {"type": "string", "minLength": 1},
        "query.offset": {"type": "integer", "minimum": 0},
        "query.order_by": {"type": "string", "minLength": 1},
        "query.order_direction": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
        "query.starred": {"type": "boolean"},
        "query.subjects": {"type": "string", "minLength": 1},
        "query.tenant": {"type": "string", "minLength": 1},
        "query.types": {"type": "string", "minLength": 1},
        "query.visibility": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> Any:
    """One item of a page."""
    return data


PAGE: PageShape[Any] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    include_main_public_mentors: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    starred: bool | Unset = UNSET,
    subjects: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    types: str | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["alphabetical"] = alphabetical

    params["category"] = category

    params["created_by"] = created_by

    params["featured"] = featured

    params["include_main_public_mentors"] = include_main_public_mentors

    params["limit"] = limit

    params["llm"] = llm

    params["offset"] = offset

    params["order_by"] = order_by

    params["order_direction"] = order_direction

    params["platform_key"] = platform_key

    params["query"] = query

    params["starred"] = starred

    params["subjects"] = subjects

    params["tenant"] = tenant

    params["types"] = types

    params["visibility"] = visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-search/mentors/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
