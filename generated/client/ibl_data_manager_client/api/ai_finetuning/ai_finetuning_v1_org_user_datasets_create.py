"""`ai_finetuning_v1_org_user_datasets_create`: POST /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.data_set_create import DataSetCreate
from ...models.data_set_create_request import DataSetCreateRequest


def _parse(status: int, data: Any) -> DataSetCreate:
    """The typed value of a checked 2xx body."""
    response_201 = DataSetCreate.from_dict(data)

    return response_201


OPERATION: Operation[DataSetCreate] = Operation(
    operation_id="ai_finetuning_v1_org_user_datasets_create",
    method="POST",
    path="/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/DataSetCreate"}, "json"),),
    body_schema={"$ref": "#/components/schemas/DataSetCreateRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.username": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    username: str,
    body: DataSetCreateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/".format(
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
