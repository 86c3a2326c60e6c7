"""`Client.ai_account.orgs.oauth_services.scopes`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_account import (
    ai_account_orgs_oauth_services_scopes_list as _ai_account_orgs_oauth_services_scopes_list,
)
from ......models.o_auth_service import OAuthService

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsOauthServicesScopesResource",
    "AiAccountOrgsOauthServicesScopesResourceWithRawResponse",
    "AsyncAiAccountOrgsOauthServicesScopesResource",
    "AsyncAiAccountOrgsOauthServicesScopesResourceWithRawResponse",
]


class AiAccountOrgsOauthServicesScopesResource:
    """`Client.ai_account.orgs.oauth_services.scopes`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsOauthServicesScopesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsOauthServicesScopesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        service_name: str,
        **options: Unpack[RequestOptions],
    ) -> list[OAuthService]:
        """Return the available scopes for the specified OAuth service.  Query Parameters:
        include_disabled (optional): Set to `true` to include scopes from disabled services.

        Args:
            org (str, path)
            service_name (str, path)

        Returns:
            list[OAuthService]
        """
        return self._client._send(
            _ai_account_orgs_oauth_services_scopes_list.OPERATION,
            _ai_account_orgs_oauth_services_scopes_list.build_request(
                org=org, service_name=service_name
            ),
            options,
        )


class AiAccountOrgsOauthServicesScopesResourceWithRawResponse:
    """`Client.ai_account.orgs.oauth_services.scopes`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsOauthServicesScopesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAccountOrgsOauthServicesScopesResource:
    """`AsyncClient.ai_account.orgs.oauth_services.scopes`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsOauthServicesScopesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsOauthServicesScopesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        service_name: str,
        **options: Unpack[RequestOptions],
    ) -> list[OAuthService]:
        """Return the available scopes for the specified OAuth service.  Query Parameters:
        include_disabled (optional): Set to `true` to include scopes from disabled services.

        Args:
            org (str, path)
            service_name (str, path)

        Returns:
            list[OAuthService]
        """
        return await self._client._send(
            _ai_account_orgs_oauth_services_scopes_list.OPERATION,
            _ai_account_orgs_oauth_services_scopes_list.build_request(
                org=org, service_name=service_name
            ),
            options,
        )


class AsyncAiAccountOrgsOauthServicesScopesResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.oauth_services.scopes`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsOauthServicesScopesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
