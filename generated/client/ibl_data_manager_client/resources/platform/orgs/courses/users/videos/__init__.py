"""`Client.platform.orgs.courses.users.videos`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .count import (
        AsyncPlatformOrgsCoursesUsersVideosCountResource,
        AsyncPlatformOrgsCoursesUsersVideosCountResourceWithRawResponse,
        PlatformOrgsCoursesUsersVideosCountResource,
        PlatformOrgsCoursesUsersVideosCountResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsCoursesUsersVideosResource",
    "PlatformOrgsCoursesUsersVideosResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesUsersVideosResource",
    "AsyncPlatformOrgsCoursesUsersVideosResourceWithRawResponse",
]


class PlatformOrgsCoursesUsersVideosResource:
    """`Client.platform.orgs.courses.users.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesUsersVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesUsersVideosResourceWithRawResponse(self)

    @cached_property
    def count(self) -> PlatformOrgsCoursesUsersVideosCountResource:
        from .count import PlatformOrgsCoursesUsersVideosCountResource

        return PlatformOrgsCoursesUsersVideosCountResource(self._client)


class PlatformOrgsCoursesUsersVideosResourceWithRawResponse:
    """`Client.platform.orgs.courses.users.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesUsersVideosResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> PlatformOrgsCoursesUsersVideosCountResourceWithRawResponse:
        from .count import PlatformOrgsCoursesUsersVideosCountResourceWithRawResponse

        return PlatformOrgsCoursesUsersVideosCountResourceWithRawResponse(self._resource.count)


class AsyncPlatformOrgsCoursesUsersVideosResource:
    """`AsyncClient.platform.orgs.courses.users.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesUsersVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesUsersVideosResourceWithRawResponse(self)

    @cached_property
    def count(self) -> AsyncPlatformOrgsCoursesUsersVideosCountResource:
        from .count import AsyncPlatformOrgsCoursesUsersVideosCountResource

        return AsyncPlatformOrgsCoursesUsersVideosCountResource(self._client)


class AsyncPlatformOrgsCoursesUsersVideosResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.users.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesUsersVideosResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> AsyncPlatformOrgsCoursesUsersVideosCountResourceWithRawResponse:
        from .count import AsyncPlatformOrgsCoursesUsersVideosCountResourceWithRawResponse

        return AsyncPlatformOrgsCoursesUsersVideosCountResourceWithRawResponse(self._resource.count)
