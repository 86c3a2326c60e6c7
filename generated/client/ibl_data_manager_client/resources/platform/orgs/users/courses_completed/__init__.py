"""`Client.platform.orgs.users.courses_completed`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .count import (
        AsyncPlatformOrgsUsersCoursesCompletedCountResource,
        AsyncPlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse,
        PlatformOrgsUsersCoursesCompletedCountResource,
        PlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsUsersCoursesCompletedResource",
    "PlatformOrgsUsersCoursesCompletedResourceWithRawResponse",
    "AsyncPlatformOrgsUsersCoursesCompletedResource",
    "AsyncPlatformOrgsUsersCoursesCompletedResourceWithRawResponse",
]


class PlatformOrgsUsersCoursesCompletedResource:
    """`Client.platform.orgs.users.courses_completed`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsUsersCoursesCompletedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsUsersCoursesCompletedResourceWithRawResponse(self)

    @cached_property
    def count(self) -> PlatformOrgsUsersCoursesCompletedCountResource:
        from .count import PlatformOrgsUsersCoursesCompletedCountResource

        return PlatformOrgsUsersCoursesCompletedCountResource(self._client)


class PlatformOrgsUsersCoursesCompletedResourceWithRawResponse:
    """`Client.platform.orgs.users.courses_completed`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsUsersCoursesCompletedResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> PlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse:
        from .count import PlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse

        return PlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse(self._resource.count)


class AsyncPlatformOrgsUsersCoursesCompletedResource:
    """`AsyncClient.platform.orgs.users.courses_completed`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsUsersCoursesCompletedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsUsersCoursesCompletedResourceWithRawResponse(self)

    @cached_property
    def count(self) -> AsyncPlatformOrgsUsersCoursesCompletedCountResource:
        from .count import AsyncPlatformOrgsUsersCoursesCompletedCountResource

        return AsyncPlatformOrgsUsersCoursesCompletedCountResource(self._client)


class AsyncPlatformOrgsUsersCoursesCompletedResourceWithRawResponse:
    """`AsyncClient.platform.orgs.users.courses_completed`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsUsersCoursesCompletedResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> AsyncPlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse:
        from .count import AsyncPlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse

        return AsyncPlatformOrgsUsersCoursesCompletedCountResourceWithRawResponse(
            self._resource.count
        )
