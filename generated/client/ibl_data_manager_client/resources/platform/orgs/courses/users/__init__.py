"""`Client.platform.orgs.courses.users`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .grades import (
        AsyncPlatformOrgsCoursesUsersGradesResource,
        AsyncPlatformOrgsCoursesUsersGradesResourceWithRawResponse,
        PlatformOrgsCoursesUsersGradesResource,
        PlatformOrgsCoursesUsersGradesResourceWithRawResponse,
    )
    from .progress import (
        AsyncPlatformOrgsCoursesUsersProgressResource,
        AsyncPlatformOrgsCoursesUsersProgressResourceWithRawResponse,
        PlatformOrgsCoursesUsersProgressResource,
        PlatformOrgsCoursesUsersProgressResourceWithRawResponse,
    )
    from .time import (
        AsyncPlatformOrgsCoursesUsersTimeResource,
        AsyncPlatformOrgsCoursesUsersTimeResourceWithRawResponse,
        PlatformOrgsCoursesUsersTimeResource,
        PlatformOrgsCoursesUsersTimeResourceWithRawResponse,
    )
    from .videos import (
        AsyncPlatformOrgsCoursesUsersVideosResource,
        AsyncPlatformOrgsCoursesUsersVideosResourceWithRawResponse,
        PlatformOrgsCoursesUsersVideosResource,
        PlatformOrgsCoursesUsersVideosResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsCoursesUsersResource",
    "PlatformOrgsCoursesUsersResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesUsersResource",
    "AsyncPlatformOrgsCoursesUsersResourceWithRawResponse",
]


class PlatformOrgsCoursesUsersResource:
    """`Client.platform.orgs.courses.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesUsersResourceWithRawResponse(self)

    @cached_property
    def grades(self) -> PlatformOrgsCoursesUsersGradesResource:
        from .grades import PlatformOrgsCoursesUsersGradesResource

        return PlatformOrgsCoursesUsersGradesResource(self._client)

    @cached_property
    def progress(self) -> PlatformOrgsCoursesUsersProgressResource:
        from .progress import PlatformOrgsCoursesUsersProgressResource

        return PlatformOrgsCoursesUsersProgressResource(self._client)

    @cached_property
    def time(self) -> PlatformOrgsCoursesUsersTimeResource:
        from .time import PlatformOrgsCoursesUsersTimeResource

        return PlatformOrgsCoursesUsersTimeResource(self._client)

    @cached_property
    def videos(self) -> PlatformOrgsCoursesUsersVideosResource:
        from .videos import PlatformOrgsCoursesUsersVideosResource

        return PlatformOrgsCoursesUsersVideosResource(self._client)


class PlatformOrgsCoursesUsersResourceWithRawResponse:
    """`Client.platform.orgs.courses.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesUsersResource) -> None:
        self._resource = resource

    @cached_property
    def grades(self) -> PlatformOrgsCoursesUsersGradesResourceWithRawResponse:
        from .grades import PlatformOrgsCoursesUsersGradesResourceWithRawResponse

        return PlatformOrgsCoursesUsersGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def progress(self) -> PlatformOrgsCoursesUsersProgressResourceWithRawResponse:
        from .progress import PlatformOrgsCoursesUsersProgressResourceWithRawResponse

        return PlatformOrgsCoursesUsersProgressResourceWithRawResponse(self._resource.progress)

    @cached_property
    def time(self) -> PlatformOrgsCoursesUsersTimeResourceWithRawResponse:
        from .time import PlatformOrgsCoursesUsersTimeResourceWithRawResponse

        return PlatformOrgsCoursesUsersTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> PlatformOrgsCoursesUsersVideosResourceWithRawResponse:
        from .videos import PlatformOrgsCoursesUsersVideosResourceWithRawResponse

        return PlatformOrgsCoursesUsersVideosResourceWithRawResponse(self._resource.videos)


class AsyncPlatformOrgsCoursesUsersResource:
    """`AsyncClient.platform.orgs.courses.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesUsersResourceWithRawResponse(self)

    @cached_property
    def grades(self) -> AsyncPlatformOrgsCoursesUsersGradesResource:
        from .grades import AsyncPlatformOrgsCoursesUsersGradesResource

        return AsyncPlatformOrgsCoursesUsersGradesResource(self._client)

    @cached_property
    def progress(self) -> AsyncPlatformOrgsCoursesUsersProgressResource:
        from .progress import AsyncPlatformOrgsCoursesUsersProgressResource

        return AsyncPlatformOrgsCoursesUsersProgressResource(self._client)

    @cached_property
    def time(self) -> AsyncPlatformOrgsCoursesUsersTimeResource:
        from .time import AsyncPlatformOrgsCoursesUsersTimeResource

        return AsyncPlatformOrgsCoursesUsersTimeResource(self._client)

    @cached_property
    def videos(self) -> AsyncPlatformOrgsCoursesUsersVideosResource:
        from .videos import AsyncPlatformOrgsCoursesUsersVideosResource

        return AsyncPlatformOrgsCoursesUsersVideosResource(self._client)


class AsyncPlatformOrgsCoursesUsersResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesUsersResource) -> None:
        self._resource = resource

    @cached_property
    def grades(self) -> AsyncPlatformOrgsCoursesUsersGradesResourceWithRawResponse:
        from .grades import AsyncPlatformOrgsCoursesUsersGradesResourceWithRawResponse

        return AsyncPlatformOrgsCoursesUsersGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def progress(self) -> AsyncPlatformOrgsCoursesUsersProgressResourceWithRawResponse:
        from .progress import AsyncPlatformOrgsCoursesUsersProgressResourceWithRawResponse

        return AsyncPlatformOrgsCoursesUsersProgressResourceWithRawResponse(self._resource.progress)

    @cached_property
    def time(self) -> AsyncPlatformOrgsCoursesUsersTimeResourceWithRawResponse:
        from .time import AsyncPlatformOrgsCoursesUsersTimeResourceWithRawResponse

        return AsyncPlatformOrgsCoursesUsersTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> AsyncPlatformOrgsCoursesUsersVideosResourceWithRawResponse:
        from .videos import AsyncPlatformOrgsCoursesUsersVideosResourceWithRawResponse

        return AsyncPlatformOrgsCoursesUsersVideosResourceWithRawResponse(self._resource.videos)
