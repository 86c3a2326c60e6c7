"""`Client.core.users.platforms.self_link`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_users_platforms_self_link_create as _core_users_platforms_self_link_create,
)
from ......models.user_platform_self_link_request import UserPlatformSelfLinkRequest
from ......models.user_platform_self_link_response import UserPlatformSelfLinkResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreUsersPlatformsSelfLinkResource",
    "CoreUsersPlatformsSelfLinkResourceWithRawResponse",
    "AsyncCoreUsersPlatformsSelfLinkResource",
    "AsyncCoreUsersPlatformsSelfLinkResourceWithRawResponse",
]


class CoreUsersPlatformsSelfLinkResource:
    """`Client.core.users.platforms.self_link`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersPlatformsSelfLinkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersPlatformsSelfLinkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: UserPlatformSelfLinkRequest,
        **options: Unpack[RequestOptions],
    ) -> UserPlatformSelfLinkResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> UserPlatformSelfLinkResponse: ...

    def create(
        self,
        *,
        body: UserPlatformSelfLinkRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserPlatformSelfLinkResponse:
        """Allow authenticated users to self-link to platforms that have self-linking enabled
        Params: platform_key: The key of the platform to link to

        Args:
            body (UserPlatformSelfLinkRequest, request body)
            Or the body's fields as keywords instead of body=: platform_key

        Returns:
            UserPlatformSelfLinkResponse
        """
        body = body_from_fields(
            "core.users.platforms.self_link.create",
            body,
            UserPlatformSelfLinkRequest,
            ["platform_key"],
            (("platform_key", "platform_key", platform_key),),
        )
        return self._client._send(
            _core_users_platforms_self_link_create.OPERATION,
            _core_users_platforms_self_link_create.build_request(body=body),
            options,
        )


class CoreUsersPlatformsSelfLinkResourceWithRawResponse:
    """`Client.core.users.platforms.self_link`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersPlatformsSelfLinkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreUsersPlatformsSelfLinkResource:
    """`AsyncClient.core.users.platforms.self_link`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersPlatformsSelfLinkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersPlatformsSelfLinkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: UserPlatformSelfLinkRequest,
        **options: Unpack[RequestOptions],
    ) -> UserPlatformSelfLinkResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> UserPlatformSelfLinkResponse: ...

    async def create(
        self,
        *,
        body: UserPlatformSelfLinkRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserPlatformSelfLinkResponse:
        """Allow authenticated users to self-link to platforms that have self-linking enabled
        Params: platform_key: The key of the platform to link to

        Args:
            body (UserPlatformSelfLinkRequest, request body)
            Or the body's fields as keywords instead of body=: platform_key

        Returns:
            UserPlatformSelfLinkResponse
        """
        body = body_from_fields(
            "core.users.platforms.self_link.create",
            body,
            UserPlatformSelfLinkRequest,
            ["platform_key"],
            (("platform_key", "platform_key", platform_key),),
        )
        return await self._client._send(
            _core_users_platforms_self_link_create.OPERATION,
            _core_users_platforms_self_link_create.build_request(body=body),
            options,
        )


class AsyncCoreUsersPlatformsSelfLinkResourceWithRawResponse:
    """`AsyncClient.core.users.platforms.self_link`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersPlatformsSelfLinkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
