"""`ai_mentor_orgs_quiz_customizer_create`: POST /api/ai-mentor/orgs/{org}/quiz-customizer/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.question_request import QuestionRequest
from ...models.question_response import QuestionResponse


def _parse(status: int, data: Any) -> QuestionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = QuestionResponse.from_dict(data)

    return response_200


OPERATION: Operation[QuestionResponse] = Operation(
    operation_id="ai_mentor_orgs_quiz_customizer_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/quiz-customizer/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/QuestionResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/QuestionRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: QuestionRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/quiz-customizer/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
