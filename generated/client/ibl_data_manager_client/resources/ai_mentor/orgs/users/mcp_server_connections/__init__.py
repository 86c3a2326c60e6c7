"""`Client.ai_mentor.orgs.users.mcp_server_connections`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_server_connections_create as _ai_mentor_orgs_users_mcp_server_connections_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_server_connections_destroy as _ai_mentor_orgs_users_mcp_server_connections_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_server_connections_list as _ai_mentor_orgs_users_mcp_server_connections_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_server_connections_partial_update as _ai_mentor_orgs_users_mcp_server_connections_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_server_connections_retrieve as _ai_mentor_orgs_users_mcp_server_connections_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_server_connections_update as _ai_mentor_orgs_users_mcp_server_connections_update,
)
from ......models.ai_mentor_orgs_users_mcp_server_connections_list_auth_type import (
    AiMentorOrgsUsersMcpServerConnectionsListAuthType,
)
from ......models.ai_mentor_orgs_users_mcp_server_connections_list_scope import (
    AiMentorOrgsUsersMcpServerConnectionsListScope,
)
from ......models.auth_type_enum import AuthTypeEnum
from ......models.mcp_server_connection import MCPServerConnection
from ......models.mcp_server_connection_connected_service_summary import (
    MCPServerConnectionConnectedServiceSummary,
)
from ......models.mcp_server_connection_request import MCPServerConnectionRequest
from ......models.mcp_server_connection_scope import MCPServerConnectionScope
from ......models.paginated_mcp_server_connection_list import PaginatedMCPServerConnectionList
from ......models.patched_mcp_server_connection import PatchedMCPServerConnection
from ......models.patched_mcp_server_connection_connected_service_summary import (
    PatchedMCPServerConnectionConnectedServiceSummary,
)
from ......models.patched_mcp_server_connection_scope import PatchedMCPServerConnectionScope
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMcpServerConnectionsResource",
    "AiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMcpServerConnectionsResource",
    "AsyncAiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse",
]


class AiMentorOrgsUsersMcpServerConnectionsResource:
    """`Client.ai_mentor.orgs.users.mcp_server_connections`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse(self)

    def list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> PaginatedMCPServerConnectionList:
        """Override list to handle object ownership.  RBAC filtering may remove owned objects if no
        explicit permissions. This adds back user-scoped connections owned by the requesting
        user.

        Args:
            org (str, path)
            user_id (str, path)
            auth_type (AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset, query)
            is_active (bool | Unset, query)
            mentor (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            scope (AiMentorOrgsUsersMcpServerConnectionsListScope | Unset, query)
            search (str | Unset, query)
            server (float | Unset, query)
            user (str | Unset, query)

        Returns:
            PaginatedMCPServerConnectionList
        """
        return self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_list.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_list.build_request(
                org=org,
                user_id=user_id,
                auth_type=auth_type,
                is_active=is_active,
                mentor=mentor,
                page=page,
                page_size=page_size,
                scope=scope,
                search=search,
                server=server,
                user=user,
            ),
            options,
        )

    def iter_list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> Iterator[MCPServerConnection]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_mcp_server_connections_list.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_list.build_request(
                org=org,
                user_id=user_id,
                auth_type=auth_type,
                is_active=is_active,
                mentor=mentor,
                page=page,
                page_size=page_size,
                scope=scope,
                search=search,
                server=server,
                user=user,
            ),
            _ai_mentor_orgs_users_mcp_server_connections_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MCPServerConnectionRequest,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        server: int,
        connected_service_summary: MCPServerConnectionConnectedServiceSummary | None,
        scope: MCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MCPServerConnectionRequest | Unset = UNSET,
        server: int | Unset = UNSET,
        connected_service_summary: MCPServerConnectionConnectedServiceSummary
        | None
        | Unset = UNSET,
        scope: MCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection:
        """ViewSet for MCP server connections.  Tenant administrators can create user- or
        platform-scoped connections that encapsulate the authentication configuration for
        invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a
        subresource of MCPServer. Resource paths are:     - Collection:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

        Args:
            org (str, path)
            user_id (str, path)
            body (MCPServerConnectionRequest, request body): Serializer for managing
                `MCPServerConnection` records via the API. The serializer enforces the business
                rules for combining scope, platform, and authentication configuration while
                exposing a masked view of any stored credentials.
            Or the body's fields as keywords instead of body=: server,
                connected_service_summary, scope, auth_type, platform, user, mentor,
                connected_service, credentials, authorization_scheme, body_extra_headers,
                is_active

        Returns:
            MCPServerConnection
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_server_connections.create",
            body,
            MCPServerConnectionRequest,
            ["server", "connected_service_summary"],
            (
                ("server", "server", server),
                (
                    "connected_service_summary",
                    "connected_service_summary",
                    connected_service_summary,
                ),
                ("scope", "scope", scope),
                ("auth_type", "auth_type", auth_type),
                ("platform", "platform", platform),
                ("user", "user", user),
                ("mentor", "mentor", mentor),
                ("connected_service", "connected_service", connected_service),
                ("credentials", "credentials", credentials),
                ("authorization_scheme", "authorization_scheme", authorization_scheme),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_active", "is_active", is_active),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_create.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """ViewSet for MCP server connections.  Tenant administrators can create user- or
        platform-scoped connections that encapsulate the authentication configuration for
        invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a
        subresource of MCPServer. Resource paths are:     - Collection:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_destroy.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection:
        """Override retrieve to pass is_owner to action enforcement.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            MCPServerConnection
        """
        return self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_retrieve.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedMCPServerConnection | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        server: int | Unset = UNSET,
        scope: PatchedMCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        connected_service_summary: None
        | PatchedMCPServerConnectionConnectedServiceSummary
        | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedMCPServerConnection | Unset = UNSET,
        server: int | Unset = UNSET,
        scope: PatchedMCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        connected_service_summary: None
        | PatchedMCPServerConnectionConnectedServiceSummary
        | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection:
        """ViewSet for MCP server connections.  Tenant administrators can create user- or
        platform-scoped connections that encapsulate the authentication configuration for
        invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a
        subresource of MCPServer. Resource paths are:     - Collection:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedMCPServerConnection | Unset, request body): Serializer for managing
                `MCPServerConnection` records via the API. The serializer enforces the business
                rules for combining scope, platform, and authentication configuration while
                exposing a masked view of any stored credentials.
            Or the body's fields as keywords instead of body=: server, scope, auth_type,
                platform, user, mentor, connected_service, connected_service_summary,
                credentials, authorization_scheme, body_extra_headers, is_active

        Returns:
            MCPServerConnection
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mcp_server_connections.partial_update",
            body,
            PatchedMCPServerConnection,
            [],
            (
                ("server", "server", server),
                ("scope", "scope", scope),
                ("auth_type", "auth_type", auth_type),
                ("platform", "platform", platform),
                ("user", "user", user),
                ("mentor", "mentor", mentor),
                ("connected_service", "connected_service", connected_service),
                (
                    "connected_service_summary",
                    "connected_service_summary",
                    connected_service_summary,
                ),
                ("credentials", "credentials", credentials),
                ("authorization_scheme", "authorization_scheme", authorization_scheme),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_active", "is_active", is_active),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_partial_update.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: MCPServerConnectionRequest,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        server: int,
        connected_service_summary: MCPServerConnectionConnectedServiceSummary | None,
        scope: MCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: MCPServerConnectionRequest | Unset = UNSET,
        server: int | Unset = UNSET,
        connected_service_summary: MCPServerConnectionConnectedServiceSummary
        | None
        | Unset = UNSET,
        scope: MCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection:
        """ViewSet for MCP server connections.  Tenant administrators can create user- or
        platform-scoped connections that encapsulate the authentication configuration for
        invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a
        subresource of MCPServer. Resource paths are:     - Collection:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (MCPServerConnectionRequest, request body): Serializer for managing
                `MCPServerConnection` records via the API. The serializer enforces the business
                rules for combining scope, platform, and authentication configuration while
                exposing a masked view of any stored credentials.
            Or the body's fields as keywords instead of body=: server,
                connected_service_summary, scope, auth_type, platform, user, mentor,
                connected_service, credentials, authorization_scheme, body_extra_headers,
                is_active

        Returns:
            MCPServerConnection
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_server_connections.update",
            body,
            MCPServerConnectionRequest,
            ["server", "connected_service_summary"],
            (
                ("server", "server", server),
                (
                    "connected_service_summary",
                    "connected_service_summary",
                    connected_service_summary,
                ),
                ("scope", "scope", scope),
                ("auth_type", "auth_type", auth_type),
                ("platform", "platform", platform),
                ("user", "user", user),
                ("mentor", "mentor", mentor),
                ("connected_service", "connected_service", connected_service),
                ("credentials", "credentials", credentials),
                ("authorization_scheme", "authorization_scheme", authorization_scheme),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_active", "is_active", is_active),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_update.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mcp_server_connections`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMcpServerConnectionsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiMentorOrgsUsersMcpServerConnectionsResource:
    """`AsyncClient.ai_mentor.orgs.users.mcp_server_connections`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse(self)

    async def list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> PaginatedMCPServerConnectionList:
        """Override list to handle object ownership.  RBAC filtering may remove owned objects if no
        explicit permissions. This adds back user-scoped connections owned by the requesting
        user.

        Args:
            org (str, path)
            user_id (str, path)
            auth_type (AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset, query)
            is_active (bool | Unset, query)
            mentor (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            scope (AiMentorOrgsUsersMcpServerConnectionsListScope | Unset, query)
            search (str | Unset, query)
            server (float | Unset, query)
            user (str | Unset, query)

        Returns:
            PaginatedMCPServerConnectionList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_list.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_list.build_request(
                org=org,
                user_id=user_id,
                auth_type=auth_type,
                is_active=is_active,
                mentor=mentor,
                page=page,
                page_size=page_size,
                scope=scope,
                search=search,
                server=server,
                user=user,
            ),
            options,
        )

    def iter_list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[MCPServerConnection]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_mcp_server_connections_list.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_list.build_request(
                org=org,
                user_id=user_id,
                auth_type=auth_type,
                is_active=is_active,
                mentor=mentor,
                page=page,
                page_size=page_size,
                scope=scope,
                search=search,
                server=server,
                user=user,
            ),
            _ai_mentor_orgs_users_mcp_server_connections_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MCPServerConnectionRequest,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        server: int,
        connected_service_summary: MCPServerConnectionConnectedServiceSummary | None,
        scope: MCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MCPServerConnectionRequest | Unset = UNSET,
        server: int | Unset = UNSET,
        connected_service_summary: MCPServerConnectionConnectedServiceSummary
        | None
        | Unset = UNSET,
        scope: MCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection:
        """ViewSet for MCP server connections.  Tenant administrators can create user- or
        platform-scoped connections that encapsulate the authentication configuration for
        invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a
        subresource of MCPServer. Resource paths are:     - Collection:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

        Args:
            org (str, path)
            user_id (str, path)
            body (MCPServerConnectionRequest, request body): Serializer for managing
                `MCPServerConnection` records via the API. The serializer enforces the business
                rules for combining scope, platform, and authentication configuration while
                exposing a masked view of any stored credentials.
            Or the body's fields as keywords instead of body=: server,
                connected_service_summary, scope, auth_type, platform, user, mentor,
                connected_service, credentials, authorization_scheme, body_extra_headers,
                is_active

        Returns:
            MCPServerConnection
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_server_connections.create",
            body,
            MCPServerConnectionRequest,
            ["server", "connected_service_summary"],
            (
                ("server", "server", server),
                (
                    "connected_service_summary",
                    "connected_service_summary",
                    connected_service_summary,
                ),
                ("scope", "scope", scope),
                ("auth_type", "auth_type", auth_type),
                ("platform", "platform", platform),
                ("user", "user", user),
                ("mentor", "mentor", mentor),
                ("connected_service", "connected_service", connected_service),
                ("credentials", "credentials", credentials),
                ("authorization_scheme", "authorization_scheme", authorization_scheme),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_active", "is_active", is_active),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_create.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """ViewSet for MCP server connections.  Tenant administrators can create user- or
        platform-scoped connections that encapsulate the authentication configuration for
        invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a
        subresource of MCPServer. Resource paths are:     - Collection:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_destroy.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_destroy.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection:
        """Override retrieve to pass is_owner to action enforcement.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            MCPServerConnection
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_retrieve.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedMCPServerConnection | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        server: int | Unset = UNSET,
        scope: PatchedMCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        connected_service_summary: None
        | PatchedMCPServerConnectionConnectedServiceSummary
        | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: PatchedMCPServerConnection | Unset = UNSET,
        server: int | Unset = UNSET,
        scope: PatchedMCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        connected_service_summary: None
        | PatchedMCPServerConnectionConnectedServiceSummary
        | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection:
        """ViewSet for MCP server connections.  Tenant administrators can create user- or
        platform-scoped connections that encapsulate the authentication configuration for
        invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a
        subresource of MCPServer. Resource paths are:     - Collection:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (PatchedMCPServerConnection | Unset, request body): Serializer for managing
                `MCPServerConnection` records via the API. The serializer enforces the business
                rules for combining scope, platform, and authentication configuration while
                exposing a masked view of any stored credentials.
            Or the body's fields as keywords instead of body=: server, scope, auth_type,
                platform, user, mentor, connected_service, connected_service_summary,
                credentials, authorization_scheme, body_extra_headers, is_active

        Returns:
            MCPServerConnection
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mcp_server_connections.partial_update",
            body,
            PatchedMCPServerConnection,
            [],
            (
                ("server", "server", server),
                ("scope", "scope", scope),
                ("auth_type", "auth_type", auth_type),
                ("platform", "platform", platform),
                ("user", "user", user),
                ("mentor", "mentor", mentor),
                ("connected_service", "connected_service", connected_service),
                (
                    "connected_service_summary",
                    "connected_service_summary",
                    connected_service_summary,
                ),
                ("credentials", "credentials", credentials),
                ("authorization_scheme", "authorization_scheme", authorization_scheme),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_active", "is_active", is_active),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_partial_update.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: MCPServerConnectionRequest,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        server: int,
        connected_service_summary: MCPServerConnectionConnectedServiceSummary | None,
        scope: MCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: MCPServerConnectionRequest | Unset = UNSET,
        server: int | Unset = UNSET,
        connected_service_summary: MCPServerConnectionConnectedServiceSummary
        | None
        | Unset = UNSET,
        scope: MCPServerConnectionScope | Unset = UNSET,
        auth_type: AuthTypeEnum | Unset = UNSET,
        platform: int | None | Unset = UNSET,
        user: None | str | Unset = UNSET,
        mentor: None | Unset | UUID = UNSET,
        connected_service: int | None | Unset = UNSET,
        credentials: str | Unset = UNSET,
        authorization_scheme: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServerConnection:
        """ViewSet for MCP server connections.  Tenant administrators can create user- or
        platform-scoped connections that encapsulate the authentication configuration for
        invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a
        subresource of MCPServer. Resource paths are:     - Collection:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object:
        /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (MCPServerConnectionRequest, request body): Serializer for managing
                `MCPServerConnection` records via the API. The serializer enforces the business
                rules for combining scope, platform, and authentication configuration while
                exposing a masked view of any stored credentials.
            Or the body's fields as keywords instead of body=: server,
                connected_service_summary, scope, auth_type, platform, user, mentor,
                connected_service, credentials, authorization_scheme, body_extra_headers,
                is_active

        Returns:
            MCPServerConnection
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_server_connections.update",
            body,
            MCPServerConnectionRequest,
            ["server", "connected_service_summary"],
            (
                ("server", "server", server),
                (
                    "connected_service_summary",
                    "connected_service_summary",
                    connected_service_summary,
                ),
                ("scope", "scope", scope),
                ("auth_type", "auth_type", auth_type),
                ("platform", "platform", platform),
                ("user", "user", user),
                ("mentor", "mentor", mentor),
                ("connected_service", "connected_service", connected_service),
                ("credentials", "credentials", credentials),
                ("authorization_scheme", "authorization_scheme", authorization_scheme),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_active", "is_active", is_active),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_server_connections_update.OPERATION,
            _ai_mentor_orgs_users_mcp_server_connections_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMcpServerConnectionsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mcp_server_connections`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMcpServerConnectionsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
