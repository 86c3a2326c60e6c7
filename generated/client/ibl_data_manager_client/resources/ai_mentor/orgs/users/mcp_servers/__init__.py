"""`Client.ai_mentor.orgs.users.mcp_servers`: 6 operations and 1 sub-resource."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_servers_create as _ai_mentor_orgs_users_mcp_servers_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_servers_destroy as _ai_mentor_orgs_users_mcp_servers_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_servers_list as _ai_mentor_orgs_users_mcp_servers_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_servers_partial_update as _ai_mentor_orgs_users_mcp_servers_partial_update,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_servers_retrieve as _ai_mentor_orgs_users_mcp_servers_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_servers_update as _ai_mentor_orgs_users_mcp_servers_update,
)
from ......models.ai_mentor_orgs_users_mcp_servers_create_body import (
    AiMentorOrgsUsersMcpServersCreateBody,
)
from ......models.ai_mentor_orgs_users_mcp_servers_create_body_auth_scope import (
    AiMentorOrgsUsersMcpServersCreateBodyAuthScope,
)
from ......models.ai_mentor_orgs_users_mcp_servers_create_body_auth_type import (
    AiMentorOrgsUsersMcpServersCreateBodyAuthType,
)
from ......models.ai_mentor_orgs_users_mcp_servers_list_auth_scope import (
    AiMentorOrgsUsersMcpServersListAuthScope,
)
from ......models.ai_mentor_orgs_users_mcp_servers_list_auth_type import (
    AiMentorOrgsUsersMcpServersListAuthType,
)
from ......models.ai_mentor_orgs_users_mcp_servers_list_transport import (
    AiMentorOrgsUsersMcpServersListTransport,
)
from ......models.ai_mentor_orgs_users_mcp_servers_partial_update_body import (
    AiMentorOrgsUsersMcpServersPartialUpdateBody,
)
from ......models.ai_mentor_orgs_users_mcp_servers_partial_update_body_auth_scope import (
    AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope,
)
from ......models.ai_mentor_orgs_users_mcp_servers_partial_update_body_auth_type import (
    AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType,
)
from ......models.ai_mentor_orgs_users_mcp_servers_update_body import (
    AiMentorOrgsUsersMcpServersUpdateBody,
)
from ......models.ai_mentor_orgs_users_mcp_servers_update_body_auth_scope import (
    AiMentorOrgsUsersMcpServersUpdateBodyAuthScope,
)
from ......models.ai_mentor_orgs_users_mcp_servers_update_body_auth_type import (
    AiMentorOrgsUsersMcpServersUpdateBodyAuthType,
)
from ......models.mcp_server import MCPServer
from ......models.paginated_mcp_server_list import PaginatedMCPServerList
from ......models.transport_enum import TransportEnum
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .oauth_find import (
        AiMentorOrgsUsersMcpServersOauthFindResource,
        AiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMcpServersOauthFindResource,
        AsyncAiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersMcpServersResource",
    "AiMentorOrgsUsersMcpServersResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMcpServersResource",
    "AsyncAiMentorOrgsUsersMcpServersResourceWithRawResponse",
]


class AiMentorOrgsUsersMcpServersResource:
    """`Client.ai_mentor.orgs.users.mcp_servers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMcpServersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMcpServersResourceWithRawResponse(self)

    @cached_property
    def oauth_find(self) -> AiMentorOrgsUsersMcpServersOauthFindResource:
        from .oauth_find import AiMentorOrgsUsersMcpServersOauthFindResource

        return AiMentorOrgsUsersMcpServersOauthFindResource(self._client)

    def list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> PaginatedMCPServerList:
        """List MCP servers with mentor-scoped and platform-scoped filtering.  Query Parameters:
        - mentor_unique_id (optional): Filter to mentor-scoped servers for this mentor     -
        include_global (optional): Include platform-scoped servers (only with mentor_unique_id)
        RBAC Logic:     - No params: Returns all accessible servers (owned + granted access +
        platform-scoped)     - mentor_unique_id only: Returns mentor-scoped servers for that
        mentor     - mentor_unique_id + include_global: Returns both mentor-scoped and
        platform-scoped servers  Note: Queryset filtering is handled in get_queryset() since
        rbac_manager.enforce_list_data_access will call get_queryset() internally.

        Args:
            org (str, path)
            user_id (str, path)
            auth_scope (AiMentorOrgsUsersMcpServersListAuthScope | Unset, query)
            auth_type (AiMentorOrgsUsersMcpServersListAuthType | Unset, query)
            include_global (bool | Unset, query)
            is_enabled (bool | Unset, query)
            is_featured (bool | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            transport (AiMentorOrgsUsersMcpServersListTransport | Unset, query)
            url_query (str | Unset, query)

        Returns:
            PaginatedMCPServerList
        """
        return self._client._send(
            _ai_mentor_orgs_users_mcp_servers_list.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_list.build_request(
                org=org,
                user_id=user_id,
                auth_scope=auth_scope,
                auth_type=auth_type,
                include_global=include_global,
                is_enabled=is_enabled,
                is_featured=is_featured,
                mentor_unique_id=mentor_unique_id,
                page=page,
                page_size=page_size,
                search=search,
                transport=transport,
                url_query=url_query,
            ),
            options,
        )

    def iter_list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> Iterator[MCPServer]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_mcp_servers_list.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_list.build_request(
                org=org,
                user_id=user_id,
                auth_scope=auth_scope,
                auth_type=auth_type,
                include_global=include_global,
                is_enabled=is_enabled,
                is_featured=is_featured,
                mentor_unique_id=mentor_unique_id,
                page=page,
                page_size=page_size,
                search=search,
                transport=transport,
                url_query=url_query,
            ),
            _ai_mentor_orgs_users_mcp_servers_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersCreateBody,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        platform: int,
        name: str,
        url: str,
        platform_key: str,
        oauth_service_data: Any,
        mcp_server_connections: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersCreateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersCreateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersCreateBody | Unset = UNSET,
        id: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        oauth_service_data: Any | Unset = UNSET,
        mcp_server_connections: str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersCreateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersCreateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Create a new MCP server with RBAC validation.  If mentor_unique_id is in request data,
        validates mentor-scoped creation permissions. Otherwise, validates platform-scoped
        creation permissions.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMcpServersCreateBody, request body)
            Or the body's fields as keywords instead of body=: id, platform, name, url,
                platform_key, oauth_service_data, mcp_server_connections, created_at,
                updated_at, mentor, owner, description, image, transport, credentials,
                body_extra_headers, is_featured, auth_type, auth_scope, oauth_service,
                is_enabled

        Returns:
            MCPServer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_servers.create",
            body,
            AiMentorOrgsUsersMcpServersCreateBody,
            [
                "id",
                "platform",
                "name",
                "url",
                "platform_key",
                "oauth_service_data",
                "mcp_server_connections",
                "created_at",
                "updated_at",
            ],
            (
                ("id", "id", id),
                ("platform", "platform", platform),
                ("name", "name", name),
                ("url", "url", url),
                ("platform_key", "platform_key", platform_key),
                ("oauth_service_data", "oauth_service_data", oauth_service_data),
                ("mcp_server_connections", "mcp_server_connections", mcp_server_connections),
                ("created_at", "created_at", created_at),
                ("updated_at", "updated_at", updated_at),
                ("mentor", "mentor", mentor),
                ("owner", "owner", owner),
                ("description", "description", description),
                ("image", "image", image),
                ("transport", "transport", transport),
                ("credentials", "credentials", credentials),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_featured", "is_featured", is_featured),
                ("auth_type", "auth_type", auth_type),
                ("auth_scope", "auth_scope", auth_scope),
                ("oauth_service", "oauth_service", oauth_service),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mcp_servers_create.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_create.build_request(
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
        """Delete an MCP server with mentor-aware RBAC validation.  Validates permissions based on
        whether the server is mentor-scoped or platform-scoped.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mcp_servers_destroy.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_destroy.build_request(
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
    ) -> MCPServer:
        """Retrieve a single MCP server with mentor-aware RBAC validation.  Validates permissions
        based on whether the server is mentor-scoped or platform-scoped.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            MCPServer
        """
        return self._client._send(
            _ai_mentor_orgs_users_mcp_servers_retrieve.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_retrieve.build_request(
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
        body: AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        oauth_service_data: Any | Unset = UNSET,
        mcp_server_connections: str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset = UNSET,
        body_id: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        oauth_service_data: Any | Unset = UNSET,
        mcp_server_connections: str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Partially update an MCP server with mentor-aware RBAC validation.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset, request body)
            Or the body's fields as keywords instead of body=: body_id, platform, mentor, owner,
                name, description, url, image, transport, credentials, body_extra_headers,
                platform_key, is_featured, auth_type, auth_scope, oauth_service,
                oauth_service_data, mcp_server_connections, is_enabled, created_at, updated_at

        Returns:
            MCPServer
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mcp_servers.partial_update",
            body,
            AiMentorOrgsUsersMcpServersPartialUpdateBody,
            [],
            (
                ("body_id", "id", body_id),
                ("platform", "platform", platform),
                ("mentor", "mentor", mentor),
                ("owner", "owner", owner),
                ("name", "name", name),
                ("description", "description", description),
                ("url", "url", url),
                ("image", "image", image),
                ("transport", "transport", transport),
                ("credentials", "credentials", credentials),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("platform_key", "platform_key", platform_key),
                ("is_featured", "is_featured", is_featured),
                ("auth_type", "auth_type", auth_type),
                ("auth_scope", "auth_scope", auth_scope),
                ("oauth_service", "oauth_service", oauth_service),
                ("oauth_service_data", "oauth_service_data", oauth_service_data),
                ("mcp_server_connections", "mcp_server_connections", mcp_server_connections),
                ("is_enabled", "is_enabled", is_enabled),
                ("created_at", "created_at", created_at),
                ("updated_at", "updated_at", updated_at),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mcp_servers_partial_update.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_partial_update.build_request(
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
        body: AiMentorOrgsUsersMcpServersUpdateBody,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int,
        platform: int,
        name: str,
        url: str,
        platform_key: str,
        oauth_service_data: Any,
        mcp_server_connections: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersUpdateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersUpdateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersMcpServersUpdateBody | Unset = UNSET,
        body_id: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        oauth_service_data: Any | Unset = UNSET,
        mcp_server_connections: str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersUpdateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersUpdateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Update an MCP server with mentor-aware RBAC validation.  Validates permissions based on
        whether the server is mentor-scoped or platform-scoped.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersMcpServersUpdateBody, request body)
            Or the body's fields as keywords instead of body=: body_id, platform, name, url,
                platform_key, oauth_service_data, mcp_server_connections, created_at,
                updated_at, mentor, owner, description, image, transport, credentials,
                body_extra_headers, is_featured, auth_type, auth_scope, oauth_service,
                is_enabled

        Returns:
            MCPServer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_servers.update",
            body,
            AiMentorOrgsUsersMcpServersUpdateBody,
            [
                "body_id",
                "platform",
                "name",
                "url",
                "platform_key",
                "oauth_service_data",
                "mcp_server_connections",
                "created_at",
                "updated_at",
            ],
            (
                ("body_id", "id", body_id),
                ("platform", "platform", platform),
                ("name", "name", name),
                ("url", "url", url),
                ("platform_key", "platform_key", platform_key),
                ("oauth_service_data", "oauth_service_data", oauth_service_data),
                ("mcp_server_connections", "mcp_server_connections", mcp_server_connections),
                ("created_at", "created_at", created_at),
                ("updated_at", "updated_at", updated_at),
                ("mentor", "mentor", mentor),
                ("owner", "owner", owner),
                ("description", "description", description),
                ("image", "image", image),
                ("transport", "transport", transport),
                ("credentials", "credentials", credentials),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_featured", "is_featured", is_featured),
                ("auth_type", "auth_type", auth_type),
                ("auth_scope", "auth_scope", auth_scope),
                ("oauth_service", "oauth_service", oauth_service),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mcp_servers_update.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMcpServersResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mcp_servers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMcpServersResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def oauth_find(self) -> AiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse:
        from .oauth_find import AiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse

        return AiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse(
            self._resource.oauth_find
        )


class AsyncAiMentorOrgsUsersMcpServersResource:
    """`AsyncClient.ai_mentor.orgs.users.mcp_servers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMcpServersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMcpServersResourceWithRawResponse(self)

    @cached_property
    def oauth_find(self) -> AsyncAiMentorOrgsUsersMcpServersOauthFindResource:
        from .oauth_find import AsyncAiMentorOrgsUsersMcpServersOauthFindResource

        return AsyncAiMentorOrgsUsersMcpServersOauthFindResource(self._client)

    async def list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> PaginatedMCPServerList:
        """List MCP servers with mentor-scoped and platform-scoped filtering.  Query Parameters:
        - mentor_unique_id (optional): Filter to mentor-scoped servers for this mentor     -
        include_global (optional): Include platform-scoped servers (only with mentor_unique_id)
        RBAC Logic:     - No params: Returns all accessible servers (owned + granted access +
        platform-scoped)     - mentor_unique_id only: Returns mentor-scoped servers for that
        mentor     - mentor_unique_id + include_global: Returns both mentor-scoped and
        platform-scoped servers  Note: Queryset filtering is handled in get_queryset() since
        rbac_manager.enforce_list_data_access will call get_queryset() internally.

        Args:
            org (str, path)
            user_id (str, path)
            auth_scope (AiMentorOrgsUsersMcpServersListAuthScope | Unset, query)
            auth_type (AiMentorOrgsUsersMcpServersListAuthType | Unset, query)
            include_global (bool | Unset, query)
            is_enabled (bool | Unset, query)
            is_featured (bool | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            transport (AiMentorOrgsUsersMcpServersListTransport | Unset, query)
            url_query (str | Unset, query)

        Returns:
            PaginatedMCPServerList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_servers_list.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_list.build_request(
                org=org,
                user_id=user_id,
                auth_scope=auth_scope,
                auth_type=auth_type,
                include_global=include_global,
                is_enabled=is_enabled,
                is_featured=is_featured,
                mentor_unique_id=mentor_unique_id,
                page=page,
                page_size=page_size,
                search=search,
                transport=transport,
                url_query=url_query,
            ),
            options,
        )

    def iter_list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[MCPServer]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_mcp_servers_list.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_list.build_request(
                org=org,
                user_id=user_id,
                auth_scope=auth_scope,
                auth_type=auth_type,
                include_global=include_global,
                is_enabled=is_enabled,
                is_featured=is_featured,
                mentor_unique_id=mentor_unique_id,
                page=page,
                page_size=page_size,
                search=search,
                transport=transport,
                url_query=url_query,
            ),
            _ai_mentor_orgs_users_mcp_servers_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersCreateBody,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        platform: int,
        name: str,
        url: str,
        platform_key: str,
        oauth_service_data: Any,
        mcp_server_connections: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersCreateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersCreateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersCreateBody | Unset = UNSET,
        id: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        oauth_service_data: Any | Unset = UNSET,
        mcp_server_connections: str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersCreateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersCreateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Create a new MCP server with RBAC validation.  If mentor_unique_id is in request data,
        validates mentor-scoped creation permissions. Otherwise, validates platform-scoped
        creation permissions.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMcpServersCreateBody, request body)
            Or the body's fields as keywords instead of body=: id, platform, name, url,
                platform_key, oauth_service_data, mcp_server_connections, created_at,
                updated_at, mentor, owner, description, image, transport, credentials,
                body_extra_headers, is_featured, auth_type, auth_scope, oauth_service,
                is_enabled

        Returns:
            MCPServer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_servers.create",
            body,
            AiMentorOrgsUsersMcpServersCreateBody,
            [
                "id",
                "platform",
                "name",
                "url",
                "platform_key",
                "oauth_service_data",
                "mcp_server_connections",
                "created_at",
                "updated_at",
            ],
            (
                ("id", "id", id),
                ("platform", "platform", platform),
                ("name", "name", name),
                ("url", "url", url),
                ("platform_key", "platform_key", platform_key),
                ("oauth_service_data", "oauth_service_data", oauth_service_data),
                ("mcp_server_connections", "mcp_server_connections", mcp_server_connections),
                ("created_at", "created_at", created_at),
                ("updated_at", "updated_at", updated_at),
                ("mentor", "mentor", mentor),
                ("owner", "owner", owner),
                ("description", "description", description),
                ("image", "image", image),
                ("transport", "transport", transport),
                ("credentials", "credentials", credentials),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_featured", "is_featured", is_featured),
                ("auth_type", "auth_type", auth_type),
                ("auth_scope", "auth_scope", auth_scope),
                ("oauth_service", "oauth_service", oauth_service),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_servers_create.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_create.build_request(
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
        """Delete an MCP server with mentor-aware RBAC validation.  Validates permissions based on
        whether the server is mentor-scoped or platform-scoped.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_servers_destroy.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_destroy.build_request(
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
    ) -> MCPServer:
        """Retrieve a single MCP server with mentor-aware RBAC validation.  Validates permissions
        based on whether the server is mentor-scoped or platform-scoped.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            MCPServer
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_servers_retrieve.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_retrieve.build_request(
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
        body: AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        oauth_service_data: Any | Unset = UNSET,
        mcp_server_connections: str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset = UNSET,
        body_id: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        url: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersPartialUpdateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        oauth_service_data: Any | Unset = UNSET,
        mcp_server_connections: str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Partially update an MCP server with mentor-aware RBAC validation.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset, request body)
            Or the body's fields as keywords instead of body=: body_id, platform, mentor, owner,
                name, description, url, image, transport, credentials, body_extra_headers,
                platform_key, is_featured, auth_type, auth_scope, oauth_service,
                oauth_service_data, mcp_server_connections, is_enabled, created_at, updated_at

        Returns:
            MCPServer
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.mcp_servers.partial_update",
            body,
            AiMentorOrgsUsersMcpServersPartialUpdateBody,
            [],
            (
                ("body_id", "id", body_id),
                ("platform", "platform", platform),
                ("mentor", "mentor", mentor),
                ("owner", "owner", owner),
                ("name", "name", name),
                ("description", "description", description),
                ("url", "url", url),
                ("image", "image", image),
                ("transport", "transport", transport),
                ("credentials", "credentials", credentials),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("platform_key", "platform_key", platform_key),
                ("is_featured", "is_featured", is_featured),
                ("auth_type", "auth_type", auth_type),
                ("auth_scope", "auth_scope", auth_scope),
                ("oauth_service", "oauth_service", oauth_service),
                ("oauth_service_data", "oauth_service_data", oauth_service_data),
                ("mcp_server_connections", "mcp_server_connections", mcp_server_connections),
                ("is_enabled", "is_enabled", is_enabled),
                ("created_at", "created_at", created_at),
                ("updated_at", "updated_at", updated_at),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_servers_partial_update.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_partial_update.build_request(
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
        body: AiMentorOrgsUsersMcpServersUpdateBody,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body_id: int,
        platform: int,
        name: str,
        url: str,
        platform_key: str,
        oauth_service_data: Any,
        mcp_server_connections: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersUpdateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersUpdateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersMcpServersUpdateBody | Unset = UNSET,
        body_id: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        oauth_service_data: Any | Unset = UNSET,
        mcp_server_connections: str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        owner: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image: str | Unset = UNSET,
        transport: TransportEnum | Unset = UNSET,
        credentials: str | Unset = UNSET,
        body_extra_headers: Any | Unset = UNSET,
        is_featured: bool | Unset = UNSET,
        auth_type: AiMentorOrgsUsersMcpServersUpdateBodyAuthType | Unset = UNSET,
        auth_scope: AiMentorOrgsUsersMcpServersUpdateBodyAuthScope | Unset = UNSET,
        oauth_service: int | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Update an MCP server with mentor-aware RBAC validation.  Validates permissions based on
        whether the server is mentor-scoped or platform-scoped.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersMcpServersUpdateBody, request body)
            Or the body's fields as keywords instead of body=: body_id, platform, name, url,
                platform_key, oauth_service_data, mcp_server_connections, created_at,
                updated_at, mentor, owner, description, image, transport, credentials,
                body_extra_headers, is_featured, auth_type, auth_scope, oauth_service,
                is_enabled

        Returns:
            MCPServer
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_servers.update",
            body,
            AiMentorOrgsUsersMcpServersUpdateBody,
            [
                "body_id",
                "platform",
                "name",
                "url",
                "platform_key",
                "oauth_service_data",
                "mcp_server_connections",
                "created_at",
                "updated_at",
            ],
            (
                ("body_id", "id", body_id),
                ("platform", "platform", platform),
                ("name", "name", name),
                ("url", "url", url),
                ("platform_key", "platform_key", platform_key),
                ("oauth_service_data", "oauth_service_data", oauth_service_data),
                ("mcp_server_connections", "mcp_server_connections", mcp_server_connections),
                ("created_at", "created_at", created_at),
                ("updated_at", "updated_at", updated_at),
                ("mentor", "mentor", mentor),
                ("owner", "owner", owner),
                ("description", "description", description),
                ("image", "image", image),
                ("transport", "transport", transport),
                ("credentials", "credentials", credentials),
                ("body_extra_headers", "extra_headers", body_extra_headers),
                ("is_featured", "is_featured", is_featured),
                ("auth_type", "auth_type", auth_type),
                ("auth_scope", "auth_scope", auth_scope),
                ("oauth_service", "oauth_service", oauth_service),
                ("is_enabled", "is_enabled", is_enabled),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_servers_update.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMcpServersResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mcp_servers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMcpServersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def oauth_find(self) -> AsyncAiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse:
        from .oauth_find import AsyncAiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse(
            self._resource.oauth_find
        )
