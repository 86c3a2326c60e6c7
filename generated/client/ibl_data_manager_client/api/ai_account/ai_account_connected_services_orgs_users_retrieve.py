"""`ai_account_connected_services_orgs_users_retrieve`: GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.connected_service import ConnectedService


def _parse(status: int, data: Any) -> ConnectedService:
    """The typed value of a checked 2xx body."""
    response_200 = ConnectedService.from_dict(data)

    return response_200


OPERATION: Operation[ConnectedService] = Operation(
    operation_id="ai_account_connected_services_orgs_users_retrieve",
    method="GET",
    path="/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ConnectedService"}, "json"),),
    body_schema=None,
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
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
