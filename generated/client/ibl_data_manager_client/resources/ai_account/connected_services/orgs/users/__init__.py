"""`Client.ai_account.connected_services.orgs.users`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_account import (
    ai_account_connected_services_orgs_users_destroy as _ai_account_connected_services_orgs_users_destroy,
)
from ......api.ai_account import (
    ai_account_connected_services_orgs_users_list as _ai_account_connected_services_orgs_users_list,
)
from ......api.ai_account import (
    ai_account_connected_services_orgs_users_retrieve as _ai_account_connected_services_orgs_users_retrieve,
)
from ......api.ai_account import (
    ai_account_connected_services_orgs_users_retrieve_2 as _ai_account_connected_services_orgs_users_retrieve_2,
)
from ......models.connected_service import ConnectedService
from ......models.o_auth_start_response import OAuthStartResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAccountConnectedServicesOrgsUsersResource",
    "AiAccountConnectedServicesOrgsUsersResourceWithRawResponse",
    "AsyncAiAccountConnectedServicesOrgsUsersResource",
    "AsyncAiAccountConnectedServicesOrgsUsersResourceWithRawResponse",
]


class AiAccountConnectedServicesOrgsUsersResource:
    """`Client.ai_account.connected_services.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountConnectedServicesOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountConnectedServicesOrgsUsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ConnectedService]:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            ordering (str | Unset, query)
            provider (str | Unset, query)
            search (str | Unset, query)
            service (str | Unset, query)

        Returns:
            list[ConnectedService]
        """
        return self._client._send(
            _ai_account_connected_services_orgs_users_list.OPERATION,
            _ai_account_connected_services_orgs_users_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                provider=provider,
                search=search,
                service=service,
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
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_account_connected_services_orgs_users_destroy.OPERATION,
            _ai_account_connected_services_orgs_users_destroy.build_request(
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
    ) -> ConnectedService:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            ConnectedService
        """
        return self._client._send(
            _ai_account_connected_services_orgs_users_retrieve.OPERATION,
            _ai_account_connected_services_orgs_users_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        org: str,
        user_id: str,
        provider: str,
        service: str,
        **options: Unpack[RequestOptions],
    ) -> OAuthStartResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            provider (str, path)
            service (str, path)

        Returns:
            OAuthStartResponse
        """
        return self._client._send(
            _ai_account_connected_services_orgs_users_retrieve_2.OPERATION,
            _ai_account_connected_services_orgs_users_retrieve_2.build_request(
                org=org, user_id=user_id, provider=provider, service=service
            ),
            options,
        )


class AiAccountConnectedServicesOrgsUsersResourceWithRawResponse:
    """`Client.ai_account.connected_services.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountConnectedServicesOrgsUsersResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncAiAccountConnectedServicesOrgsUsersResource:
    """`AsyncClient.ai_account.connected_services.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountConnectedServicesOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountConnectedServicesOrgsUsersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        ordering: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ConnectedService]:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            ordering (str | Unset, query)
            provider (str | Unset, query)
            search (str | Unset, query)
            service (str | Unset, query)

        Returns:
            list[ConnectedService]
        """
        return await self._client._send(
            _ai_account_connected_services_orgs_users_list.OPERATION,
            _ai_account_connected_services_orgs_users_list.build_request(
                org=org,
                user_id=user_id,
                ordering=ordering,
                provider=provider,
                search=search,
                service=service,
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
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_account_connected_services_orgs_users_destroy.OPERATION,
            _ai_account_connected_services_orgs_users_destroy.build_request(
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
    ) -> ConnectedService:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            ConnectedService
        """
        return await self._client._send(
            _ai_account_connected_services_orgs_users_retrieve.OPERATION,
            _ai_account_connected_services_orgs_users_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        org: str,
        user_id: str,
        provider: str,
        service: str,
        **options: Unpack[RequestOptions],
    ) -> OAuthStartResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)
            user_id (str, path)
            provider (str, path)
            service (str, path)

        Returns:
            OAuthStartResponse
        """
        return await self._client._send(
            _ai_account_connected_services_orgs_users_retrieve_2.OPERATION,
            _ai_account_connected_services_orgs_users_retrieve_2.build_request(
                org=org, user_id=user_id, provider=provider, service=service
            ),
            options,
        )


class AsyncAiAccountConnectedServicesOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_account.connected_services.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountConnectedServicesOrgsUsersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
