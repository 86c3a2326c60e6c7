"""`ai_mentor_orgs_users_custom_instruction_update`: PUT /api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.custom_instruction_response import CustomInstructionResponse
from ...models.custom_instruction_response_request import CustomInstructionResponseRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CustomInstructionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = CustomInstructionResponse.from_dict(data)

    return response_200


OPERATION: Operation[CustomInstructionResponse] = Operation(
    operation_id="ai_mentor_orgs_users_custom_instruction_update",
    method="PUT",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CustomInstructionResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CustomInstructionResponseRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: CustomInstructionResponseRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
