"""`Client.engagement.orgs`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .activity import (
        AsyncEngagementOrgsActivityResource,
        AsyncEngagementOrgsActivityResourceWithRawResponse,
        EngagementOrgsActivityResource,
        EngagementOrgsActivityResourceWithRawResponse,
    )
    from .course_completion import (
        AsyncEngagementOrgsCourseCompletionResource,
        AsyncEngagementOrgsCourseCompletionResourceWithRawResponse,
        EngagementOrgsCourseCompletionResource,
        EngagementOrgsCourseCompletionResourceWithRawResponse,
    )
    from .courses import (
        AsyncEngagementOrgsCoursesResource,
        AsyncEngagementOrgsCoursesResourceWithRawResponse,
        EngagementOrgsCoursesResource,
        EngagementOrgsCoursesResourceWithRawResponse,
    )
    from .time import (
        AsyncEngagementOrgsTimeResource,
        AsyncEngagementOrgsTimeResourceWithRawResponse,
        EngagementOrgsTimeResource,
        EngagementOrgsTimeResourceWithRawResponse,
    )
    from .videos import (
        AsyncEngagementOrgsVideosResource,
        AsyncEngagementOrgsVideosResourceWithRawResponse,
        EngagementOrgsVideosResource,
        EngagementOrgsVideosResourceWithRawResponse,
    )

__all__ = [
    "EngagementOrgsResource",
    "EngagementOrgsResourceWithRawResponse",
    "AsyncEngagementOrgsResource",
    "AsyncEngagementOrgsResourceWithRawResponse",
]


class EngagementOrgsResource:
    """`Client.engagement.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsResourceWithRawResponse(self)

    @cached_property
    def activity(self) -> EngagementOrgsActivityResource:
        from .activity import EngagementOrgsActivityResource

        return EngagementOrgsActivityResource(self._client)

    @cached_property
    def course_completion(self) -> EngagementOrgsCourseCompletionResource:
        from .course_completion import EngagementOrgsCourseCompletionResource

        return EngagementOrgsCourseCompletionResource(self._client)

    @cached_property
    def courses(self) -> EngagementOrgsCoursesResource:
        from .courses import EngagementOrgsCoursesResource

        return EngagementOrgsCoursesResource(self._client)

    @cached_property
    def time(self) -> EngagementOrgsTimeResource:
        from .time import EngagementOrgsTimeResource

        return EngagementOrgsTimeResource(self._client)

    @cached_property
    def videos(self) -> EngagementOrgsVideosResource:
        from .videos import EngagementOrgsVideosResource

        return EngagementOrgsVideosResource(self._client)


class EngagementOrgsResourceWithRawResponse:
    """`Client.engagement.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def activity(self) -> EngagementOrgsActivityResourceWithRawResponse:
        from .activity import EngagementOrgsActivityResourceWithRawResponse

        return EngagementOrgsActivityResourceWithRawResponse(self._resource.activity)

    @cached_property
    def course_completion(self) -> EngagementOrgsCourseCompletionResourceWithRawResponse:
        from .course_completion import EngagementOrgsCourseCompletionResourceWithRawResponse

        return EngagementOrgsCourseCompletionResourceWithRawResponse(
            self._resource.course_completion
        )

    @cached_property
    def courses(self) -> EngagementOrgsCoursesResourceWithRawResponse:
        from .courses import EngagementOrgsCoursesResourceWithRawResponse

        return EngagementOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def time(self) -> EngagementOrgsTimeResourceWithRawResponse:
        from .time import EngagementOrgsTimeResourceWithRawResponse

        return EngagementOrgsTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> EngagementOrgsVideosResourceWithRawResponse:
        from .videos import EngagementOrgsVideosResourceWithRawResponse

        return EngagementOrgsVideosResourceWithRawResponse(self._resource.videos)


class AsyncEngagementOrgsResource:
    """`AsyncClient.engagement.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsResourceWithRawResponse(self)

    @cached_property
    def activity(self) -> AsyncEngagementOrgsActivityResource:
        from .activity import AsyncEngagementOrgsActivityResource

        return AsyncEngagementOrgsActivityResource(self._client)

    @cached_property
    def course_completion(self) -> AsyncEngagementOrgsCourseCompletionResource:
        from .course_completion import AsyncEngagementOrgsCourseCompletionResource

        return AsyncEngagementOrgsCourseCompletionResource(self._client)

    @cached_property
    def courses(self) -> AsyncEngagementOrgsCoursesResource:
        from .courses import AsyncEngagementOrgsCoursesResource

        return AsyncEngagementOrgsCoursesResource(self._client)

    @cached_property
    def time(self) -> AsyncEngagementOrgsTimeResource:
        from .time import AsyncEngagementOrgsTimeResource

        return AsyncEngagementOrgsTimeResource(self._client)

    @cached_property
    def videos(self) -> AsyncEngagementOrgsVideosResource:
        from .videos import AsyncEngagementOrgsVideosResource

        return AsyncEngagementOrgsVideosResource(self._client)


class AsyncEngagementOrgsResourceWithRawResponse:
    """`AsyncClient.engagement.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def activity(self) -> AsyncEngagementOrgsActivityResourceWithRawResponse:
        from .activity import AsyncEngagementOrgsActivityResourceWithRawResponse

        return AsyncEngagementOrgsActivityResourceWithRawResponse(self._resource.activity)

    @cached_property
    def course_completion(self) -> AsyncEngagementOrgsCourseCompletionResourceWithRawResponse:
        from .course_completion import AsyncEngagementOrgsCourseCompletionResourceWithRawResponse

        return AsyncEngagementOrgsCourseCompletionResourceWithRawResponse(
            self._resource.course_completion
        )

    @cached_property
    def courses(self) -> AsyncEngagementOrgsCoursesResourceWithRawResponse:
        from .courses import AsyncEngagementOrgsCoursesResourceWithRawResponse

        return AsyncEngagementOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def time(self) -> AsyncEngagementOrgsTimeResourceWithRawResponse:
        from .time import AsyncEngagementOrgsTimeResourceWithRawResponse

        return AsyncEngagementOrgsTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> AsyncEngagementOrgsVideosResourceWithRawResponse:
        from .videos import AsyncEngagementOrgsVideosResourceWithRawResponse

        return AsyncEngagementOrgsVideosResourceWithRawResponse(self._resource.videos)
