"""`catalog_search_programs_create`: POST /api/catalog/search/programs/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_search import ProgramSearch
from ...models.program_search_request import ProgramSearchRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ProgramSearch:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramSearch.from_dict(data)

    return response_200


OPERATION: Operation[ProgramSearch] = Operation(
    operation_id="catalog_search_programs_create",
    method="POST",
    path="/api/catalog/search/programs/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramSearch"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ProgramSearchRequest"},
    parameter_schemas={
        "query.org": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    body: ProgramSearchRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["org"] = org

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/search/programs/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
