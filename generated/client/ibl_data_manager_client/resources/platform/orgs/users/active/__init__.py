"""`Client.platform.orgs.users.active`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .count import (
        AsyncPlatformOrgsUsersActiveCountResource,
        AsyncPlatformOrgsUsersActiveCountResourceWithRawResponse,
        PlatformOrgsUsersActiveCountResource,
        PlatformOrgsUsersActiveCountResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsUsersActiveResource",
    "PlatformOrgsUsersActiveResourceWithRawResponse",
    "AsyncPlatformOrgsUsersActiveResource",
    "AsyncPlatformOrgsUsersActiveResourceWithRawResponse",
]


class PlatformOrgsUsersActiveResource:
    """`Client.platform.orgs.users.active`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsUsersActiveResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsUsersActiveResourceWithRawResponse(self)

    @cached_property
    def count(self) -> PlatformOrgsUsersActiveCountResource:
        from .count import PlatformOrgsUsersActiveCountResource

        return PlatformOrgsUsersActiveCountResource(self._client)


class PlatformOrgsUsersActiveResourceWithRawResponse:
    """`Client.platform.orgs.users.active`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsUsersActiveResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> PlatformOrgsUsersActiveCountResourceWithRawResponse:
        from .count import PlatformOrgsUsersActiveCountResourceWithRawResponse

        return PlatformOrgsUsersActiveCountResourceWithRawResponse(self._resource.count)


class AsyncPlatformOrgsUsersActiveResource:
    """`AsyncClient.platform.orgs.users.active`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsUsersActiveResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsUsersActiveResourceWithRawResponse(self)

    @cached_property
    def count(self) -> AsyncPlatformOrgsUsersActiveCountResource:
        from .count import AsyncPlatformOrgsUsersActiveCountResource

        return AsyncPlatformOrgsUsersActiveCountResource(self._client)


class AsyncPlatformOrgsUsersActiveResourceWithRawResponse:
    """`AsyncClient.platform.orgs.users.active`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsUsersActiveResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> AsyncPlatformOrgsUsersActiveCountResourceWithRawResponse:
        from .count import AsyncPlatformOrgsUsersActiveCountResourceWithRawResponse

        return AsyncPlatformOrgsUsersActiveCountResourceWithRawResponse(self._resource.count)
