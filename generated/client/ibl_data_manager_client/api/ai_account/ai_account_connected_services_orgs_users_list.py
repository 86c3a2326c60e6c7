"""`ai_account_connected_services_orgs_users_list`: GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.connected_service import ConnectedService
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[ConnectedService]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ConnectedService.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[ConnectedService]] = Operation(
    operation_id="ai_account_connected_services_orgs_users_list",
    method="GET",
    path="/api/ai-account/connected-services/orgs/{org}/users/{user_id}/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/ConnectedService"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.provider": {"type": "string"},
        "query.search": {"type": "string"},
        "query.service": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    ordering: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    service: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["provider"] = provider

    params["search"] = search

    params["service"] = service

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-account/connected-services/orgs/{org}/users/{user_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
