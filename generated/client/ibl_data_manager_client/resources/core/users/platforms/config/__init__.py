"""`Client.core.users.platforms.config`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_users_platforms_config_create as _core_users_platforms_config_create
from ......api.core import (
    core_users_platforms_config_retrieve as _core_users_platforms_config_retrieve,
)
from ......models.platform_membership_config import PlatformMembershipConfig
from ......models.platform_membership_config_post_request import PlatformMembershipConfigPostRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreUsersPlatformsConfigResource",
    "CoreUsersPlatformsConfigResourceWithRawResponse",
    "AsyncCoreUsersPlatformsConfigResource",
    "AsyncCoreUsersPlatformsConfigResourceWithRawResponse",
]


class CoreUsersPlatformsConfigResource:
    """`Client.core.users.platforms.config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersPlatformsConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersPlatformsConfigResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformMembershipConfig:
        """Get platform self-linking configuration  Params: platform_key: The key of the platform
        to get configuration for

        Args:
            platform_key (str, query)

        Returns:
            PlatformMembershipConfig
        """
        return self._client._send(
            _core_users_platforms_config_retrieve.OPERATION,
            _core_users_platforms_config_retrieve.build_request(platform_key=platform_key),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: PlatformMembershipConfigPostRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformMembershipConfig: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        allow_self_linking: bool,
        **options: Unpack[RequestOptions],
    ) -> PlatformMembershipConfig: ...

    def create(
        self,
        *,
        body: PlatformMembershipConfigPostRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        allow_self_linking: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformMembershipConfig:
        """Set platform self-linking configuration  Params: platform_key: The key of the platform
        to configure allow_self_linking: Whether to allow self-linking for this platform

        Args:
            body (PlatformMembershipConfigPostRequest, request body)
            Or the body's fields as keywords instead of body=: platform_key, allow_self_linking

        Returns:
            PlatformMembershipConfig
        """
        body = body_from_fields(
            "core.users.platforms.config.create",
            body,
            PlatformMembershipConfigPostRequest,
            ["platform_key", "allow_self_linking"],
            (
                ("platform_key", "platform_key", platform_key),
                ("allow_self_linking", "allow_self_linking", allow_self_linking),
            ),
        )
        return self._client._send(
            _core_users_platforms_config_create.OPERATION,
            _core_users_platforms_config_create.build_request(body=body),
            options,
        )


class CoreUsersPlatformsConfigResourceWithRawResponse:
    """`Client.core.users.platforms.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersPlatformsConfigResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCoreUsersPlatformsConfigResource:
    """`AsyncClient.core.users.platforms.config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersPlatformsConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersPlatformsConfigResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformMembershipConfig:
        """Get platform self-linking configuration  Params: platform_key: The key of the platform
        to get configuration for

        Args:
            platform_key (str, query)

        Returns:
            PlatformMembershipConfig
        """
        return await self._client._send(
            _core_users_platforms_config_retrieve.OPERATION,
            _core_users_platforms_config_retrieve.build_request(platform_key=platform_key),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: PlatformMembershipConfigPostRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformMembershipConfig: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        allow_self_linking: bool,
        **options: Unpack[RequestOptions],
    ) -> PlatformMembershipConfig: ...

    async def create(
        self,
        *,
        body: PlatformMembershipConfigPostRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        allow_self_linking: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformMembershipConfig:
        """Set platform self-linking configuration  Params: platform_key: The key of the platform
        to configure allow_self_linking: Whether to allow self-linking for this platform

        Args:
            body (PlatformMembershipConfigPostRequest, request body)
            Or the body's fields as keywords instead of body=: platform_key, allow_self_linking

        Returns:
            PlatformMembershipConfig
        """
        body = body_from_fields(
            "core.users.platforms.config.create",
            body,
            PlatformMembershipConfigPostRequest,
            ["platform_key", "allow_self_linking"],
            (
                ("platform_key", "platform_key", platform_key),
                ("allow_self_linking", "allow_self_linking", allow_self_linking),
            ),
        )
        return await self._client._send(
            _core_users_platforms_config_create.OPERATION,
            _core_users_platforms_config_create.build_request(body=body),
            options,
        )


class AsyncCoreUsersPlatformsConfigResourceWithRawResponse:
    """`AsyncClient.core.users.platforms.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersPlatformsConfigResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
