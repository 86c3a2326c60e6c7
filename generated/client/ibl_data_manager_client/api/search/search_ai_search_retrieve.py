"""`search_ai_search_retrieve`: GET /api/search/ai-search/"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from ..._operation import Operation, RequestSpec
from ..._pagination import PageShape
from ...models.mentor import Mentor
from ...models.mentor_search_response import MentorSearchResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> MentorSearchResponse:
    """The typed value of a checked 2xx body."""
    response_200 = MentorSearchResponse.from_dict(data)

    return response_200


OPERATION: Operation[MentorSearchResponse] = Operation(
    operation_id="search_ai_search_retrieve",
    method="GET",
    path="/api/search/ai-search/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MentorSearchResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.audience": {"type": "array", "items": {"type": "string"}},
        "query.category": {"type": "array", "items": {"type": "string"}},
        "query.created_by": {"type": "string", "minLength": 1},
        "query.filter_facet": {"type": "boolean"},
        "query.id": {"type": "integer"},
        "query.limit": {"type": "integer"},
        "query.llm": {"type": "array", "items": {"type": "string"}},
        "query.offset": {"type": "integer"},
        "query.order_by": {"type": "string", "minLength": 1},
        "query.order_direction": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.query": {"type": "string", "minLength": 1},
        "query.tags": {"type": "array", "items": {"type": "string"}},
        "query.tenant": {"type": "string", "minLength": 1},
        "query.unique_id": {"type": "string"},
    },
)


def _parse_item(data: Any) -> Mentor:
    """One item of a page."""
    results_item = Mentor.from_dict(data)

    return results_item


PAGE: PageShape[Mentor] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    audience: list[str] | Unset = UNSET,
    category: list[str] | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_facet: bool | Unset = UNSET,
    id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    unique_id: UUID | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_audience: list[str] | Unset = UNSET
    if not isinstance(audience, Unset):
        json_audience = audience

    params["audience"] = json_audience

    json_category: list[str] | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    params["created_by"] = created_by

    params["filter_facet"] = filter_facet

    params["id"] = id

    params["limit"] = limit

    json_llm: list[str] | Unset = UNSET
    if not isinstance(llm, Unset):
        json_llm = llm

    params["llm"] = json_llm

    params["offset"] = offset

    params["order_by"] = order_by

    params["order_direction"] = order_direction

    params["page"] = page

    params["page_size"] = page_size

    params["query"] = query

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["tenant"] = tenant

    json_unique_id: str | Unset = UNSET
    if not isinstance(unique_id, Unset):
        json_unique_id = str(unique_id)
    params["unique_id"] = json_unique_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/search/ai-search/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
