"""`Client.core.users.platforms`: 2 operations and 2 sub-resources."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_users_platforms_create as _core_users_platforms_create
from .....api.core import core_users_platforms_list as _core_users_platforms_list
from .....models.user_platform_link import UserPlatformLink
from .....models.user_platform_view_post_request import UserPlatformViewPostRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .config import (
        AsyncCoreUsersPlatformsConfigResource,
        AsyncCoreUsersPlatformsConfigResourceWithRawResponse,
        CoreUsersPlatformsConfigResource,
        CoreUsersPlatformsConfigResourceWithRawResponse,
    )
    from .self_link import (
        AsyncCoreUsersPlatformsSelfLinkResource,
        AsyncCoreUsersPlatformsSelfLinkResourceWithRawResponse,
        CoreUsersPlatformsSelfLinkResource,
        CoreUsersPlatformsSelfLinkResourceWithRawResponse,
    )

__all__ = [
    "CoreUsersPlatformsResource",
    "CoreUsersPlatformsResourceWithRawResponse",
    "AsyncCoreUsersPlatformsResource",
    "AsyncCoreUsersPlatformsResourceWithRawResponse",
]


class CoreUsersPlatformsResource:
    """`Client.core.users.platforms`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersPlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersPlatformsResourceWithRawResponse(self)

    @cached_property
    def config(self) -> CoreUsersPlatformsConfigResource:
        from .config import CoreUsersPlatformsConfigResource

        return CoreUsersPlatformsConfigResource(self._client)

    @cached_property
    def self_link(self) -> CoreUsersPlatformsSelfLinkResource:
        from .self_link import CoreUsersPlatformsSelfLinkResource

        return CoreUsersPlatformsSelfLinkResource(self._client)

    def list(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserPlatformLink]:
        """Retrieve platforms associated with user_id  Params: user_id username email

        Args:
            email (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            list[UserPlatformLink]
        """
        return self._client._send(
            _core_users_platforms_list.OPERATION,
            _core_users_platforms_list.build_request(
                email=email, user_id=user_id, username=username
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: UserPlatformViewPostRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        user_id: int,
        platform_key: str,
        added_on: datetime.datetime | Unset = UNSET,
        expired_on: datetime.datetime | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        body: UserPlatformViewPostRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        added_on: datetime.datetime | Unset = UNSET,
        expired_on: datetime.datetime | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Explicitly link platform to user_id  Params: user_id platform_key added_on (optional)
        expired_on (optional) is_admin (optional) active (optional)

        Args:
            body (UserPlatformViewPostRequest, request body)
            Or the body's fields as keywords instead of body=: user_id, platform_key, added_on,
                expired_on, is_admin, active

        Returns:
            None
        """
        body = body_from_fields(
            "core.users.platforms.create",
            body,
            UserPlatformViewPostRequest,
            ["user_id", "platform_key"],
            (
                ("user_id", "user_id", user_id),
                ("platform_key", "platform_key", platform_key),
                ("added_on", "added_on", added_on),
                ("expired_on", "expired_on", expired_on),
                ("is_admin", "is_admin", is_admin),
                ("active", "active", active),
            ),
        )
        return self._client._send(
            _core_users_platforms_create.OPERATION,
            _core_users_platforms_create.build_request(body=body),
            options,
        )


class CoreUsersPlatformsResourceWithRawResponse:
    """`Client.core.users.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersPlatformsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)

    @cached_property
    def config(self) -> CoreUsersPlatformsConfigResourceWithRawResponse:
        from .config import CoreUsersPlatformsConfigResourceWithRawResponse

        return CoreUsersPlatformsConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def self_link(self) -> CoreUsersPlatformsSelfLinkResourceWithRawResponse:
        from .self_link import CoreUsersPlatformsSelfLinkResourceWithRawResponse

        return CoreUsersPlatformsSelfLinkResourceWithRawResponse(self._resource.self_link)


class AsyncCoreUsersPlatformsResource:
    """`AsyncClient.core.users.platforms`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersPlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersPlatformsResourceWithRawResponse(self)

    @cached_property
    def config(self) -> AsyncCoreUsersPlatformsConfigResource:
        from .config import AsyncCoreUsersPlatformsConfigResource

        return AsyncCoreUsersPlatformsConfigResource(self._client)

    @cached_property
    def self_link(self) -> AsyncCoreUsersPlatformsSelfLinkResource:
        from .self_link import AsyncCoreUsersPlatformsSelfLinkResource

        return AsyncCoreUsersPlatformsSelfLinkResource(self._client)

    async def list(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserPlatformLink]:
        """Retrieve platforms associated with user_id  Params: user_id username email

        Args:
            email (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            list[UserPlatformLink]
        """
        return await self._client._send(
            _core_users_platforms_list.OPERATION,
            _core_users_platforms_list.build_request(
                email=email, user_id=user_id, username=username
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: UserPlatformViewPostRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        user_id: int,
        platform_key: str,
        added_on: datetime.datetime | Unset = UNSET,
        expired_on: datetime.datetime | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        body: UserPlatformViewPostRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        added_on: datetime.datetime | Unset = UNSET,
        expired_on: datetime.datetime | Unset = UNSET,
        is_admin: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Explicitly link platform to user_id  Params: user_id platform_key added_on (optional)
        expired_on (optional) is_admin (optional) active (optional)

        Args:
            body (UserPlatformViewPostRequest, request body)
            Or the body's fields as keywords instead of body=: user_id, platform_key, added_on,
                expired_on, is_admin, active

        Returns:
            None
        """
        body = body_from_fields(
            "core.users.platforms.create",
            body,
            UserPlatformViewPostRequest,
            ["user_id", "platform_key"],
            (
                ("user_id", "user_id", user_id),
                ("platform_key", "platform_key", platform_key),
                ("added_on", "added_on", added_on),
                ("expired_on", "expired_on", expired_on),
                ("is_admin", "is_admin", is_admin),
                ("active", "active", active),
            ),
        )
        return await self._client._send(
            _core_users_platforms_create.OPERATION,
            _core_users_platforms_create.build_request(body=body),
            options,
        )


class AsyncCoreUsersPlatformsResourceWithRawResponse:
    """`AsyncClient.core.users.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersPlatformsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def config(self) -> AsyncCoreUsersPlatformsConfigResourceWithRawResponse:
        from .config import AsyncCoreUsersPlatformsConfigResourceWithRawResponse

        return AsyncCoreUsersPlatformsConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def self_link(self) -> AsyncCoreUsersPlatformsSelfLinkResourceWithRawResponse:
        from .self_link import AsyncCoreUsersPlatformsSelfLinkResourceWithRawResponse

        return AsyncCoreUsersPlatformsSelfLinkResourceWithRawResponse(self._resource.self_link)
