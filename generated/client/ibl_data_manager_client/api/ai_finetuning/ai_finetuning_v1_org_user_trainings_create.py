"""`ai_finetuning_v1_org_user_trainings_create`: POST /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.training_create import TrainingCreate
from ...models.training_create_request import TrainingCreateRequest


def _parse(status: int, data: Any) -> TrainingCreate:
    """The typed value of a checked 2xx body."""
    response_201 = TrainingCreate.from_dict(data)

    return response_201


OPERATION: Operation[TrainingCreate] = Operation(
    operation_id="ai_finetuning_v1_org_user_trainings_create",
    method="POST",
    path="/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/TrainingCreate"}, "json"),),
    body_schema={"$ref": "#/components/schemas/TrainingCreateRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.username": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    username: str,
    body: TrainingCreateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/".format(
            org=quote(wire_text(org), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
