"""`Client.ai_account.orgs.oauth_services`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_orgs_oauth_services_list as _ai_account_orgs_oauth_services_list,
)
from .....models.o_auth_provider import OAuthProvider

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .scopes import (
        AiAccountOrgsOauthServicesScopesResource,
        AiAccountOrgsOauthServicesScopesResourceWithRawResponse,
        AsyncAiAccountOrgsOauthServicesScopesResource,
        AsyncAiAccountOrgsOauthServicesScopesResourceWithRawResponse,
    )

__all__ = [
    "AiAccountOrgsOauthServicesResource",
    "AiAccountOrgsOauthServicesResourceWithRawResponse",
    "AsyncAiAccountOrgsOauthServicesResource",
    "AsyncAiAccountOrgsOauthServicesResourceWithRawResponse",
]


class AiAccountOrgsOauthServicesResource:
    """`Client.ai_account.orgs.oauth_services`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsOauthServicesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsOauthServicesResourceWithRawResponse(self)

    @cached_property
    def scopes(self) -> AiAccountOrgsOauthServicesScopesResource:
        from .scopes import AiAccountOrgsOauthServicesScopesResource

        return AiAccountOrgsOauthServicesScopesResource(self._client)

    def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[OAuthProvider]:
        """Return the list of OAuth services that can be used for connected services.  Query
        Parameters:     name (optional): Filter by exact service name (case-insensitive).
        include_disabled (optional): Set to `true` to include disabled services.

        Args:
            org (str, path)

        Returns:
            list[OAuthProvider]
        """
        return self._client._send(
            _ai_account_orgs_oauth_services_list.OPERATION,
            _ai_account_orgs_oauth_services_list.build_request(org=org),
            options,
        )


class AiAccountOrgsOauthServicesResourceWithRawResponse:
    """`Client.ai_account.orgs.oauth_services`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsOauthServicesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)

    @cached_property
    def scopes(self) -> AiAccountOrgsOauthServicesScopesResourceWithRawResponse:
        from .scopes import AiAccountOrgsOauthServicesScopesResourceWithRawResponse

        return AiAccountOrgsOauthServicesScopesResourceWithRawResponse(self._resource.scopes)


class AsyncAiAccountOrgsOauthServicesResource:
    """`AsyncClient.ai_account.orgs.oauth_services`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsOauthServicesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsOauthServicesResourceWithRawResponse(self)

    @cached_property
    def scopes(self) -> AsyncAiAccountOrgsOauthServicesScopesResource:
        from .scopes import AsyncAiAccountOrgsOauthServicesScopesResource

        return AsyncAiAccountOrgsOauthServicesScopesResource(self._client)

    async def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[OAuthProvider]:
        """Return the list of OAuth services that can be used for connected services.  Query
        Parameters:     name (optional): Filter by exact service name (case-insensitive).
        include_disabled (optional): Set to `true` to include disabled services.

        Args:
            org (str, path)

        Returns:
            list[OAuthProvider]
        """
        return await self._client._send(
            _ai_account_orgs_oauth_services_list.OPERATION,
            _ai_account_orgs_oauth_services_list.build_request(org=org),
            options,
        )


class AsyncAiAccountOrgsOauthServicesResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.oauth_services`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsOauthServicesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)

    @cached_property
    def scopes(self) -> AsyncAiAccountOrgsOauthServicesScopesResourceWithRawResponse:
        from .scopes import AsyncAiAccountOrgsOauthServicesScopesResourceWithRawResponse

        return AsyncAiAccountOrgsOauthServicesScopesResourceWithRawResponse(self._resource.scopes)
