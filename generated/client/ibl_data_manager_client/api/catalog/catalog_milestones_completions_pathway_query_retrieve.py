"""`catalog_milestones_completions_pathway_query_retrieve`: GET /api/catalog/milestones/completions/pathway/query/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.pathway_completion_response import PathwayCompletionResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PathwayCompletionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = PathwayCompletionResponse.from_dict(data)

    return response_200


OPERATION: Operation[PathwayCompletionResponse] = Operation(
    operation_id="catalog_milestones_completions_pathway_query_retrieve",
    method="GET",
    path="/api/catalog/milestones/completions/pathway/query/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PathwayCompletionResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.pathway_uuid": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    pathway_uuid: str,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["pathway_uuid"] = pathway_uuid

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/milestones/completions/pathway/query/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
