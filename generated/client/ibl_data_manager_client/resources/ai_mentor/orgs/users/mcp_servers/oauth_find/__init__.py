"""`Client.ai_mentor.orgs.users.mcp_servers.oauth_find`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mcp_servers_oauth_find_create as _ai_mentor_orgs_users_mcp_servers_oauth_find_create,
)
from .......models.ai_mentor_orgs_users_mcp_servers_oauth_find_create_body import (
    AiMentorOrgsUsersMcpServersOauthFindCreateBody,
)
from .......models.o_auth_service import OAuthService
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMcpServersOauthFindResource",
    "AiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMcpServersOauthFindResource",
    "AsyncAiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse",
]


class AiMentorOrgsUsersMcpServersOauthFindResource:
    """`Client.ai_mentor.orgs.users.mcp_servers.oauth_find`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersOauthFindCreateBody,
        **options: Unpack[RequestOptions],
    ) -> OAuthService: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        url: str,
        callback_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OAuthService: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersOauthFindCreateBody | Unset = UNSET,
        url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OAuthService:
        """Check that a given mcp server (where the user specifies oauth authentication) either has
        pre-configured oauth credentials or support Dynamic Client Registration.  This method:
        1. First checks if the MCP server already has a configured OAuth service 2. If not,
        attempts to discover and register an OAuth service using Dynamic Client Registration 3.
        Returns the OAuth service information if found or registered

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMcpServersOauthFindCreateBody, request body)
            Or the body's fields as keywords instead of body=: url, callback_url, name

        Returns:
            OAuthService
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_servers.oauth_find.create",
            body,
            AiMentorOrgsUsersMcpServersOauthFindCreateBody,
            ["url"],
            (
                ("url", "url", url),
                ("callback_url", "callback_url", callback_url),
                ("name", "name", name),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mcp_servers_oauth_find_create.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_oauth_find_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mcp_servers.oauth_find`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMcpServersOauthFindResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMcpServersOauthFindResource:
    """`AsyncClient.ai_mentor.orgs.users.mcp_servers.oauth_find`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersOauthFindCreateBody,
        **options: Unpack[RequestOptions],
    ) -> OAuthService: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        url: str,
        callback_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OAuthService: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMentorOrgsUsersMcpServersOauthFindCreateBody | Unset = UNSET,
        url: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OAuthService:
        """Check that a given mcp server (where the user specifies oauth authentication) either has
        pre-configured oauth credentials or support Dynamic Client Registration.  This method:
        1. First checks if the MCP server already has a configured OAuth service 2. If not,
        attempts to discover and register an OAuth service using Dynamic Client Registration 3.
        Returns the OAuth service information if found or registered

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMentorOrgsUsersMcpServersOauthFindCreateBody, request body)
            Or the body's fields as keywords instead of body=: url, callback_url, name

        Returns:
            OAuthService
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mcp_servers.oauth_find.create",
            body,
            AiMentorOrgsUsersMcpServersOauthFindCreateBody,
            ["url"],
            (
                ("url", "url", url),
                ("callback_url", "callback_url", callback_url),
                ("name", "name", name),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mcp_servers_oauth_find_create.OPERATION,
            _ai_mentor_orgs_users_mcp_servers_oauth_find_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMcpServersOauthFindResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mcp_servers.oauth_find`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMcpServersOauthFindResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
