"""`Client.core.users.metadata.proxy`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_users_metadata_proxy_retrieve as _core_users_metadata_proxy_retrieve
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreUsersMetadataProxyResource",
    "CoreUsersMetadataProxyResourceWithRawResponse",
    "AsyncCoreUsersMetadataProxyResource",
    "AsyncCoreUsersMetadataProxyResourceWithRawResponse",
]


class CoreUsersMetadataProxyResource:
    """`Client.core.users.metadata.proxy`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersMetadataProxyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersMetadataProxyResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get detailed user information.  Make permission check for platform admins here, then
        proxy request to edx.

        Args:
            email (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _core_users_metadata_proxy_retrieve.OPERATION,
            _core_users_metadata_proxy_retrieve.build_request(
                email=email, user_id=user_id, username=username
            ),
            options,
        )


class CoreUsersMetadataProxyResourceWithRawResponse:
    """`Client.core.users.metadata.proxy`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersMetadataProxyResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCoreUsersMetadataProxyResource:
    """`AsyncClient.core.users.metadata.proxy`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersMetadataProxyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersMetadataProxyResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get detailed user information.  Make permission check for platform admins here, then
        proxy request to edx.

        Args:
            email (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_users_metadata_proxy_retrieve.OPERATION,
            _core_users_metadata_proxy_retrieve.build_request(
                email=email, user_id=user_id, username=username
            ),
            options,
        )


class AsyncCoreUsersMetadataProxyResourceWithRawResponse:
    """`AsyncClient.core.users.metadata.proxy`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersMetadataProxyResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
