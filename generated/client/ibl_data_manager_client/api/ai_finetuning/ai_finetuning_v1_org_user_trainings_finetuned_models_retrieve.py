"""`ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve`: GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.training import Training


def _parse(status: int, data: Any) -> Training:
    """The typed value of a checked 2xx body."""
    response_200 = Training.from_dict(data)

    return response_200


OPERATION: Operation[Training] = Operation(
    operation_id="ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve",
    method="GET",
    path="/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Training"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.username": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    username: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/".format(
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
