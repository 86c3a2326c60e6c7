"""`ai_finetuning_v1_org_user_datasets_update`: PUT /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.data_set import DataSet
from ...models.data_set_request import DataSetRequest


def _parse(status: int, data: Any) -> DataSet:
    """The typed value of a checked 2xx body."""
    response_200 = DataSet.from_dict(data)

    return response_200


OPERATION: Operation[DataSet] = Operation(
    operation_id="ai_finetuning_v1_org_user_datasets_update",
    method="PUT",
    path="/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/DataSet"}, "json"),),
    body_schema={"$ref": "#/components/schemas/DataSetRequest"},
    parameter_schemas={
        "path.id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.username": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    username: str,
    id: UUID,
    body: DataSetRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/".format(
            org=quote(wire_text(org), safe=""),
            username=quote(wire_text(username), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.username": wire_value(username),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
