"""`v2_personalized_mentors`: GET /api/ai-search/personalized-mentors/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ..._pagination import PageShape
from ...models.v2_personalized_mentors_order_direction import V2PersonalizedMentorsOrderDirection
from ...models.v2_personalized_mentors_response import V2PersonalizedMentorsResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> V2PersonalizedMentorsResponse:
    """The typed value of a checked 2xx body."""
    response_200 = V2PersonalizedMentorsResponse.from_dict(data)

    return response_200


OPERATION: Operation[V2PersonalizedMentorsResponse] = Operation(
    operation_id="v2_personalized_mentors",
    method="GET",
    path="/api/ai-search/personalized-mentors/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/V2PersonalizedMentorsResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.audience": {"type": "array", "items": {"type": "string"}},
        "query.category": {"type": "string", "minLength": 1},
        "query.featured": {"type": "boolean"},
        "query.limit": {"type": "integer"},
        "query.llm": {"type": "string", "minLength": 1},
        "query.offset": {"type": "integer"},
        "query.order_by": {"type": "string", "minLength": 1},
        "query.order_direction": {
            "$ref": "#/components/schemas/V2PersonalizedMentorsOrderDirection"
        },
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
        "query.return_facet": {"type": "boolean"},
        "query.starred": {"type": "boolean"},
        "query.tags": {"type": "array", "items": {"type": "string"}},
        "query.tenant": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
        "query.visibility": {"type": "array", "items": {"type": "string"}},
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
    audience: list[str] | Unset = UNSET,
    category: str | Unset = UNSET,
    featured: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    llm: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    starred: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    username: str | Unset = UNSET,
    visibility: list[str] | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_audience: list[str] | Unset = UNSET
    if not isinstance(audience, Unset):
        json_audience = audience

    params["audience"] = json_audience

    params["category"] = category

    params["featured"] = featured

    params["limit"] = limit

    params["llm"] = llm

    params["offset"] = offset

    params["order_by"] = order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction.value

    params["order_direction"] = json_order_direction

    params["platform_key"] = platform_key

    params["query"] = query

    params["return_facet"] = return_facet

    params["starred"] = starred

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["tenant"] = tenant

    params["username"] = username

    json_visibility: list[str] | Unset = UNSET
    if not isinstance(visibility, Unset):
        json_visibility = visibility

    params["visibility"] = json_visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-search/personalized-mentors/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
