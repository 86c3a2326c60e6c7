"""`ai_mentor_orgs_users_call_configurations_update`: PUT /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.call_configuration import CallConfiguration
from ...models.call_configuration_request import CallConfigurationRequest


def _parse(status: int, data: Any) -> CallConfiguration:
    """The typed value of a checked 2xx body."""
    response_200 = CallConfiguration.from_dict(data)

    return response_200


OPERATION: Operation[CallConfiguration] = Operation(
    operation_id="ai_mentor_orgs_users_call_configurations_update",
    method="PUT",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CallConfiguration"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CallConfigurationRequest"},
    parameter_schemas={
        "path.id": {"type": "integer"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    id: int,
    body: CallConfigurationRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
