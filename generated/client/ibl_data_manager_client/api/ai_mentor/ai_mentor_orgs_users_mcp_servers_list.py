"""`ai_mentor_orgs_users_mcp_servers_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_mentor_orgs_users_mcp_servers_list_auth_scope import (
    AiMentorOrgsUsersMcpServersListAuthScope,
)
from ...models.ai_mentor_orgs_users_mcp_servers_list_auth_type import (
    AiMentorOrgsUsersMcpServersListAuthType,
)
from ...models.ai_mentor_orgs_users_mcp_servers_list_transport import (
    AiMentorOrgsUsersMcpServersListTransport,
)
from ...models.mcp_server import MCPServer
from ...models.paginated_mcp_server_list import PaginatedMCPServerList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedMCPServerList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedMCPServerList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedMCPServerList] = Operation(
    operation_id="ai_mentor_orgs_users_mcp_servers_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedMCPServerList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.auth_scope": {
            "$ref": "#/components/schemas/AiMentorOrgsUsersMcpServersListAuthScope"
        },
        "query.auth_type": {"$ref": "#/components/schemas/AiMentorOrgsUsersMcpServersListAuthType"},
        "query.include_global": {"type": "boolean"},
        "query.is_enabled": {"type": "boolean"},
        "query.is_featured": {"type": "boolean"},
        "query.mentor_unique_id": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.search": {"type": "string"},
        "query.transport": {
            "$ref": "#/components/schemas/AiMentorOrgsUsersMcpServersListTransport"
        },
        "query.url": {"type": "string"},
    },
)


def _parse_item(data: Any) -> MCPServer:
    """One item of a page."""
    results_item = MCPServer.from_dict(data)

    return results_item


PAGE: PageShape[MCPServer] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    auth_scope: AiMentorOrgsUsersMcpServersListAuthScope | Unset = UNSET,
    auth_type: AiMentorOrgsUsersMcpServersListAuthType | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    transport: AiMentorOrgsUsersMcpServersListTransport | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_auth_scope: str | Unset = UNSET
    if not isinstance(auth_scope, Unset):
        json_auth_scope = auth_scope.value

    params["auth_scope"] = json_auth_scope

    json_auth_type: str | Unset = UNSET
    if not isinstance(auth_type, Unset):
        json_auth_type = auth_type.value

    params["auth_type"] = json_auth_type

    params["include_global"] = include_global

    params["is_enabled"] = is_enabled

    params["is_featured"] = is_featured

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    json_transport: str | Unset = UNSET
    if not isinstance(transport, Unset):
        json_transport = transport.value

    params["transport"] = json_transport

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/".format(
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
