"""`catalog_reviews_program_info_retrieve`: GET /api/catalog/reviews/program/info/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_review_info_response import ProgramReviewInfoResponse
from ...types import UNSET


def _parse(status: int, data: Any) -> ProgramReviewInfoResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramReviewInfoResponse.from_dict(data)

    return response_200


OPERATION: Operation[ProgramReviewInfoResponse] = Operation(
    operation_id="catalog_reviews_program_info_retrieve",
    method="GET",
    path="/api/catalog/reviews/program/info/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramReviewInfoResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={"query.program_key": {"type": "string", "minLength": 1}},
)


def build_request(
    *,
    program_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["program_key"] = program_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/reviews/program/info/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
