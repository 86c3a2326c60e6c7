"""`catalog_reviews_program_update_create`: POST /api/catalog/reviews/program/update/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_review import ProgramReview
from ...models.program_review_request import ProgramReviewRequest


def _parse(status: int, data: Any) -> ProgramReview:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = ProgramReview.from_dict(data)

        return response_200

    response_201 = ProgramReview.from_dict(data)

    return response_201


OPERATION: Operation[ProgramReview] = Operation(
    operation_id="catalog_reviews_program_update_create",
    method="POST",
    path="/api/catalog/reviews/program/update/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/ProgramReview"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/ProgramReview"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/ProgramReviewRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: ProgramReviewRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/reviews/program/update/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
