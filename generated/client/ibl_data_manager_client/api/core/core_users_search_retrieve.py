"""`core_users_search_retrieve`: GET /api/core/users/search/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_search_view_get_response import UserSearchViewGetResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UserSearchViewGetResponse:
    """The typed value of a checked 2xx body."""
    response_200 = UserSearchViewGetResponse.from_dict(data)

    return response_200


OPERATION: Operation[UserSearchViewGetResponse] = Operation(
    operation_id="core_users_search_retrieve",
    method="GET",
    path="/api/core/users/search/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserSearchViewGetResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.query": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["query"] = query

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/users/search/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
