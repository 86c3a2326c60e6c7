"""`catalog_suggestions_program_manage_bulk_create`: POST /api/catalog/suggestions/program/manage/bulk/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.bulk_suggestion_response import BulkSuggestionResponse
from ...models.program_suggestion_bulk_create import ProgramSuggestionBulkCreate


def _parse(status: int, data: Any) -> BulkSuggestionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = BulkSuggestionResponse.from_dict(data)

    return response_200


OPERATION: Operation[BulkSuggestionResponse] = Operation(
    operation_id="catalog_suggestions_program_manage_bulk_create",
    method="POST",
    path="/api/catalog/suggestions/program/manage/bulk/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/BulkSuggestionResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ProgramSuggestionBulkCreate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: ProgramSuggestionBulkCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/suggestions/program/manage/bulk/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
