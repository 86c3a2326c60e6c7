"""`Client.platform.orgs.courses`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .count import (
        AsyncPlatformOrgsCoursesCountResource,
        AsyncPlatformOrgsCoursesCountResourceWithRawResponse,
        PlatformOrgsCoursesCountResource,
        PlatformOrgsCoursesCountResourceWithRawResponse,
    )
    from .grades import (
        AsyncPlatformOrgsCoursesGradesResource,
        AsyncPlatformOrgsCoursesGradesResourceWithRawResponse,
        PlatformOrgsCoursesGradesResource,
        PlatformOrgsCoursesGradesResourceWithRawResponse,
    )
    from .progress import (
        AsyncPlatformOrgsCoursesProgressResource,
        AsyncPlatformOrgsCoursesProgressResourceWithRawResponse,
        PlatformOrgsCoursesProgressResource,
        PlatformOrgsCoursesProgressResourceWithRawResponse,
    )
    from .users import (
        AsyncPlatformOrgsCoursesUsersResource,
        AsyncPlatformOrgsCoursesUsersResourceWithRawResponse,
        PlatformOrgsCoursesUsersResource,
        PlatformOrgsCoursesUsersResourceWithRawResponse,
    )
    from .videos import (
        AsyncPlatformOrgsCoursesVideosResource,
        AsyncPlatformOrgsCoursesVideosResourceWithRawResponse,
        PlatformOrgsCoursesVideosResource,
        PlatformOrgsCoursesVideosResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsCoursesResource",
    "PlatformOrgsCoursesResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesResource",
    "AsyncPlatformOrgsCoursesResourceWithRawResponse",
]


class PlatformOrgsCoursesResource:
    """`Client.platform.orgs.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def count(self) -> PlatformOrgsCoursesCountResource:
        from .count import PlatformOrgsCoursesCountResource

        return PlatformOrgsCoursesCountResource(self._client)

    @cached_property
    def grades(self) -> PlatformOrgsCoursesGradesResource:
        from .grades import PlatformOrgsCoursesGradesResource

        return PlatformOrgsCoursesGradesResource(self._client)

    @cached_property
    def progress(self) -> PlatformOrgsCoursesProgressResource:
        from .progress import PlatformOrgsCoursesProgressResource

        return PlatformOrgsCoursesProgressResource(self._client)

    @cached_property
    def users(self) -> PlatformOrgsCoursesUsersResource:
        from .users import PlatformOrgsCoursesUsersResource

        return PlatformOrgsCoursesUsersResource(self._client)

    @cached_property
    def videos(self) -> PlatformOrgsCoursesVideosResource:
        from .videos import PlatformOrgsCoursesVideosResource

        return PlatformOrgsCoursesVideosResource(self._client)


class PlatformOrgsCoursesResourceWithRawResponse:
    """`Client.platform.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> PlatformOrgsCoursesCountResourceWithRawResponse:
        from .count import PlatformOrgsCoursesCountResourceWithRawResponse

        return PlatformOrgsCoursesCountResourceWithRawResponse(self._resource.count)

    @cached_property
    def grades(self) -> PlatformOrgsCoursesGradesResourceWithRawResponse:
        from .grades import PlatformOrgsCoursesGradesResourceWithRawResponse

        return PlatformOrgsCoursesGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def progress(self) -> PlatformOrgsCoursesProgressResourceWithRawResponse:
        from .progress import PlatformOrgsCoursesProgressResourceWithRawResponse

        return PlatformOrgsCoursesProgressResourceWithRawResponse(self._resource.progress)

    @cached_property
    def users(self) -> PlatformOrgsCoursesUsersResourceWithRawResponse:
        from .users import PlatformOrgsCoursesUsersResourceWithRawResponse

        return PlatformOrgsCoursesUsersResourceWithRawResponse(self._resource.users)

    @cached_property
    def videos(self) -> PlatformOrgsCoursesVideosResourceWithRawResponse:
        from .videos import PlatformOrgsCoursesVideosResourceWithRawResponse

        return PlatformOrgsCoursesVideosResourceWithRawResponse(self._resource.videos)


class AsyncPlatformOrgsCoursesResource:
    """`AsyncClient.platform.orgs.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def count(self) -> AsyncPlatformOrgsCoursesCountResource:
        from .count import AsyncPlatformOrgsCoursesCountResource

        return AsyncPlatformOrgsCoursesCountResource(self._client)

    @cached_property
    def grades(self) -> AsyncPlatformOrgsCoursesGradesResource:
        from .grades import AsyncPlatformOrgsCoursesGradesResource

        return AsyncPlatformOrgsCoursesGradesResource(self._client)

    @cached_property
    def progress(self) -> AsyncPlatformOrgsCoursesProgressResource:
        from .progress import AsyncPlatformOrgsCoursesProgressResource

        return AsyncPlatformOrgsCoursesProgressResource(self._client)

    @cached_property
    def users(self) -> AsyncPlatformOrgsCoursesUsersResource:
        from .users import AsyncPlatformOrgsCoursesUsersResource

        return AsyncPlatformOrgsCoursesUsersResource(self._client)

    @cached_property
    def videos(self) -> AsyncPlatformOrgsCoursesVideosResource:
        from .videos import AsyncPlatformOrgsCoursesVideosResource

        return AsyncPlatformOrgsCoursesVideosResource(self._client)


class AsyncPlatformOrgsCoursesResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def count(self) -> AsyncPlatformOrgsCoursesCountResourceWithRawResponse:
        from .count import AsyncPlatformOrgsCoursesCountResourceWithRawResponse

        return AsyncPlatformOrgsCoursesCountResourceWithRawResponse(self._resource.count)

    @cached_property
    def grades(self) -> AsyncPlatformOrgsCoursesGradesResourceWithRawResponse:
        from .grades import AsyncPlatformOrgsCoursesGradesResourceWithRawResponse

        return AsyncPlatformOrgsCoursesGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def progress(self) -> AsyncPlatformOrgsCoursesProgressResourceWithRawResponse:
        from .progress import AsyncPlatformOrgsCoursesProgressResourceWithRawResponse

        return AsyncPlatformOrgsCoursesProgressResourceWithRawResponse(self._resource.progress)

    @cached_property
    def users(self) -> AsyncPlatformOrgsCoursesUsersResourceWithRawResponse:
        from .users import AsyncPlatformOrgsCoursesUsersResourceWithRawResponse

        return AsyncPlatformOrgsCoursesUsersResourceWithRawResponse(self._resource.users)

    @cached_property
    def videos(self) -> AsyncPlatformOrgsCoursesVideosResourceWithRawResponse:
        from .videos import AsyncPlatformOrgsCoursesVideosResourceWithRawResponse

        return AsyncPlatformOrgsCoursesVideosResourceWithRawResponse(self._resource.videos)
