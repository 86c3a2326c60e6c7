"""`Client.platform.orgs.courses.users.grades`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .passed import (
        AsyncPlatformOrgsCoursesUsersGradesPassedResource,
        AsyncPlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse,
        PlatformOrgsCoursesUsersGradesPassedResource,
        PlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsCoursesUsersGradesResource",
    "PlatformOrgsCoursesUsersGradesResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesUsersGradesResource",
    "AsyncPlatformOrgsCoursesUsersGradesResourceWithRawResponse",
]


class PlatformOrgsCoursesUsersGradesResource:
    """`Client.platform.orgs.courses.users.grades`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesUsersGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesUsersGradesResourceWithRawResponse(self)

    @cached_property
    def passed(self) -> PlatformOrgsCoursesUsersGradesPassedResource:
        from .passed import PlatformOrgsCoursesUsersGradesPassedResource

        return PlatformOrgsCoursesUsersGradesPassedResource(self._client)


class PlatformOrgsCoursesUsersGradesResourceWithRawResponse:
    """`Client.platform.orgs.courses.users.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesUsersGradesResource) -> None:
        self._resource = resource

    @cached_property
    def passed(self) -> PlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse:
        from .passed import PlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse

        return PlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse(self._resource.passed)


class AsyncPlatformOrgsCoursesUsersGradesResource:
    """`AsyncClient.platform.orgs.courses.users.grades`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesUsersGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesUsersGradesResourceWithRawResponse(self)

    @cached_property
    def passed(self) -> AsyncPlatformOrgsCoursesUsersGradesPassedResource:
        from .passed import AsyncPlatformOrgsCoursesUsersGradesPassedResource

        return AsyncPlatformOrgsCoursesUsersGradesPassedResource(self._client)


class AsyncPlatformOrgsCoursesUsersGradesResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.users.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesUsersGradesResource) -> None:
        self._resource = resource

    @cached_property
    def passed(self) -> AsyncPlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse:
        from .passed import AsyncPlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse

        return AsyncPlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse(
            self._resource.passed
        )
