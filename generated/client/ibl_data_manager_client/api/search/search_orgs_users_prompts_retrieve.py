"""`search_orgs_users_prompts_retrieve`: GET /api/search/orgs/{org}/users/{username}/prompts/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.prompt import Prompt
from ...models.prompt_search_response import PromptSearchResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PromptSearchResponse:
    """The typed value of a checked 2xx body."""
    response_200 = PromptSearchResponse.from_dict(data)

    return response_200


OPERATION: Operation[PromptSearchResponse] = Operation(
    operation_id="search_orgs_users_prompts_retrieve",
    method="GET",
    path="/api/search/orgs/{org}/users/{username}/prompts/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PromptSearchResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.username": {"type": "string"},
        "query.alphabetical": {"type": "boolean"},
        "query.category": {"type": "string", "minLength": 1},
        "query.created_by": {"type": "string", "minLength": 1},
        "query.filter_facet": {"type": "boolean"},
        "query.language": {"type": "string", "minLength": 1},
        "query.limit": {"type": "integer"},
        "query.mentor": {"type": "string", "minLength": 1},
        "query.offset": {"type": "integer"},
        "query.order_direction": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
        "query.sort_by": {"type": "string", "minLength": 1},
        "query.style": {"type": "string", "minLength": 1},
        "query.tenant": {"type": "string", "minLength": 1},
        "query.tone": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> Prompt:
    """One item of a page."""
    results_item = Prompt.from_dict(data)

    return results_item


PAGE: PageShape[Prompt] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    username: str,
    alphabetical: bool | Unset = UNSET,
    category: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_facet: bool | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    style: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    tone: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["alphabetical"] = alphabetical

    params["category"] = category

    params["created_by"] = created_by

    params["filter_facet"] = filter_facet

    params["language"] = language

    params["limit"] = limit

    params["mentor"] = mentor

    params["offset"] = offset

    params["order_direction"] = order_direction

    params["query"] = query

    params["sort_by"] = sort_by

    params["style"] = style

    params["tenant"] = tenant

    params["tone"] = tone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/search/orgs/{org}/users/{username}/prompts/".format(
            org=quote(wire_text(org), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
