"""`ai_mentor_orgs_users_mcp_server_connections_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_mentor_orgs_users_mcp_server_connections_list_auth_type import (
    AiMentorOrgsUsersMcpServerConnectionsListAuthType,
)
from ...models.ai_mentor_orgs_users_mcp_server_connections_list_scope import (
    AiMentorOrgsUsersMcpServerConnectionsListScope,
)
from ...models.mcp_server_connection import MCPServerConnection
from ...models.paginated_mcp_server_connection_list import PaginatedMCPServerConnectionList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedMCPServerConnectionList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedMCPServerConnectionList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedMCPServerConnectionList] = Operation(
    operation_id="ai_mentor_orgs_users_mcp_server_connections_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedMCPServerConnectionList"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.auth_type": {
            "$ref": "#/components/schemas/AiMentorOrgsUsersMcpServerConnectionsListAuthType"
        },
        "query.is_active": {"type": "boolean"},
        "query.mentor": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.scope": {
            "$ref": "#/components/schemas/AiMentorOrgsUsersMcpServerConnectionsListScope"
        },
        "query.search": {"type": "string"},
        "query.server": {"type": "number"},
        "query.user": {"type": "string"},
    },
)


def _parse_item(data: Any) -> MCPServerConnection:
    """One item of a page."""
    results_item = MCPServerConnection.from_dict(data)

    return results_item


PAGE: PageShape[MCPServerConnection] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    auth_type: AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mentor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersMcpServerConnectionsListScope | Unset = UNSET,
    search: str | Unset = UNSET,
    server: float | Unset = UNSET,
    user: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_auth_type: str | Unset = UNSET
    if not isinstance(auth_type, Unset):
        json_auth_type = auth_type.value

    params["auth_type"] = json_auth_type

    params["is_active"] = is_active

    params["mentor"] = mentor

    params["page"] = page

    params["page_size"] = page_size

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params["search"] = search

    params["server"] = server

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/".format(
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
