"""`Client.ai_mentor.orgs.users.mcp_servers`: 6 operations and 1 sub-resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......_operation import RequestOptions
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
from ......models.ai_mentor_orgs_users_mcp_servers_update_body import (
    AiMentorOrgsUsersMcpServersUpdateBody,
)
from ......models.mcp_server import MCPServer
from ......models.paginated_mcp_server_list import PaginatedMCPServerList
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

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersCreateBody,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Create a new MCP server with RBAC validation.  If mentor_unique_id is in request data,
        validates mentor-scoped creation permissions. Otherwise, validates platform-scoped
        creation permissions.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMcpServersCreateBody, request body)

        Returns:
            MCPServer
        """
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

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Partially update an MCP server with mentor-aware RBAC validation.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset, request body)

        Returns:
            MCPServer
        """
        return self._client._send(
            _ai_mentor_orgs_users_mcp_servers_partial_update.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersMcpServersUpdateBody,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Update an MCP server with mentor-aware RBAC validation.  Validates permissions based on
        whether the server is mentor-scoped or platform-scoped.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersMcpServersUpdateBody, request body)

        Returns:
            MCPServer
        """
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

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersCreateBody,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Create a new MCP server with RBAC validation.  If mentor_unique_id is in request data,
        validates mentor-scoped creation permissions. Otherwise, validates platform-scoped
        creation permissions.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMcpServersCreateBody, request body)

        Returns:
            MCPServer
        """
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

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Partially update an MCP server with mentor-aware RBAC validation.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersMcpServersPartialUpdateBody | Unset, request body)

        Returns:
            MCPServer
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_servers_partial_update.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_partial_update.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersMcpServersUpdateBody,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Update an MCP server with mentor-aware RBAC validation.  Validates permissions based on
        whether the server is mentor-scoped or platform-scoped.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersMcpServersUpdateBody, request body)

        Returns:
            MCPServer
        """
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
