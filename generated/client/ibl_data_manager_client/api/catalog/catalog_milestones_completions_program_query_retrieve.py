"""`catalog_milestones_completions_program_query_retrieve`: GET /api/catalog/milestones/completions/program/query/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_completion_response import ProgramCompletionResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ProgramCompletionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramCompletionResponse.from_dict(data)

    return response_200


OPERATION: Operation[ProgramCompletionResponse] = Operation(
    operation_id="catalog_milestones_completions_program_query_retrieve",
    method="GET",
    path="/api/catalog/milestones/completions/program/query/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramCompletionResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.program_key": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    program_key: str,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["program_key"] = program_key

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/milestones/completions/program/query/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
