"""`Client.platform.orgs.courses.users.time`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .count import (
        AsyncPlatformOrgsCoursesUsersTimeCountResource,
        AsyncPlatformOrgsCoursesUsersTimeCountResourceWithRawResponse,
        PlatformOrgsCoursesUsersTimeCountResource,
        PlatformOrgsCoursesUsersTimeCountResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsCoursesUsersTimeResource",
    "PlatformOrgsCoursesUsersTimeResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesUsersTimeResource",
    "AsyncPlatformOrgsCoursesUsersTimeResourceWithRawResponse",
]


class PlatformOrgsCoursesUsersTimeResource:
    """`Client.platform.orgs.courses.users.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesUsersTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesUsersTimeResourceWithRawResponse(self)

    @cached_property
    def count(self) -> PlatformOrgsCoursesUsersTimeCountResource:
        from .count import PlatformOrgsCoursesUsersTimeCountResource

        return PlatformOrgsCoursesUsersTimeCountResource(self._client)


class PlatformOrgsCoursesUsersTimeResourceWithRawResponse:
    """`Client.platform.orgs.courses.users.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesUsersTimeResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> PlatformOrgsCoursesUsersTimeCountResourceWithRawResponse:
        from .count import PlatformOrgsCoursesUsersTimeCountResourceWithRawResponse

        return PlatformOrgsCoursesUsersTimeCountResourceWithRawResponse(self._resource.count)


class AsyncPlatformOrgsCoursesUsersTimeResource:
    """`AsyncClient.platform.orgs.courses.users.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesUsersTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesUsersTimeResourceWithRawResponse(self)

    @cached_property
    def count(self) -> AsyncPlatformOrgsCoursesUsersTimeCountResource:
        from .count import AsyncPlatformOrgsCoursesUsersTimeCountResource

        return AsyncPlatformOrgsCoursesUsersTimeCountResource(self._client)


class AsyncPlatformOrgsCoursesUsersTimeResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.users.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesUsersTimeResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> AsyncPlatformOrgsCoursesUsersTimeCountResourceWithRawResponse:
        from .count import AsyncPlatformOrgsCoursesUsersTimeCountResourceWithRawResponse

        return AsyncPlatformOrgsCoursesUsersTimeCountResourceWithRawResponse(self._resource.count)
