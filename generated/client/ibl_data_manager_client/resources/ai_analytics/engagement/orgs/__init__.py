"""`Client.ai_analytics.engagement.orgs`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .activity import (
        AiAnalyticsEngagementOrgsActivityResource,
        AiAnalyticsEngagementOrgsActivityResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsActivityResource,
        AsyncAiAnalyticsEngagementOrgsActivityResourceWithRawResponse,
    )
    from .course_completion import (
        AiAnalyticsEngagementOrgsCourseCompletionResource,
        AiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCourseCompletionResource,
        AsyncAiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse,
    )
    from .courses import (
        AiAnalyticsEngagementOrgsCoursesResource,
        AiAnalyticsEngagementOrgsCoursesResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsCoursesResource,
        AsyncAiAnalyticsEngagementOrgsCoursesResourceWithRawResponse,
    )
    from .time import (
        AiAnalyticsEngagementOrgsTimeResource,
        AiAnalyticsEngagementOrgsTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsTimeResource,
        AsyncAiAnalyticsEngagementOrgsTimeResourceWithRawResponse,
    )
    from .videos import (
        AiAnalyticsEngagementOrgsVideosResource,
        AiAnalyticsEngagementOrgsVideosResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsVideosResource,
        AsyncAiAnalyticsEngagementOrgsVideosResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementOrgsResource",
    "AiAnalyticsEngagementOrgsResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsResource",
    "AsyncAiAnalyticsEngagementOrgsResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsResource:
    """`Client.ai_analytics.engagement.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsResourceWithRawResponse(self)

    @cached_property
    def activity(self) -> AiAnalyticsEngagementOrgsActivityResource:
        from .activity import AiAnalyticsEngagementOrgsActivityResource

        return AiAnalyticsEngagementOrgsActivityResource(self._client)

    @cached_property
    def course_completion(self) -> AiAnalyticsEngagementOrgsCourseCompletionResource:
        from .course_completion import AiAnalyticsEngagementOrgsCourseCompletionResource

        return AiAnalyticsEngagementOrgsCourseCompletionResource(self._client)

    @cached_property
    def courses(self) -> AiAnalyticsEngagementOrgsCoursesResource:
        from .courses import AiAnalyticsEngagementOrgsCoursesResource

        return AiAnalyticsEngagementOrgsCoursesResource(self._client)

    @cached_property
    def time(self) -> AiAnalyticsEngagementOrgsTimeResource:
        from .time import AiAnalyticsEngagementOrgsTimeResource

        return AiAnalyticsEngagementOrgsTimeResource(self._client)

    @cached_property
    def videos(self) -> AiAnalyticsEngagementOrgsVideosResource:
        from .videos import AiAnalyticsEngagementOrgsVideosResource

        return AiAnalyticsEngagementOrgsVideosResource(self._client)


class AiAnalyticsEngagementOrgsResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def activity(self) -> AiAnalyticsEngagementOrgsActivityResourceWithRawResponse:
        from .activity import AiAnalyticsEngagementOrgsActivityResourceWithRawResponse

        return AiAnalyticsEngagementOrgsActivityResourceWithRawResponse(self._resource.activity)

    @cached_property
    def course_completion(self) -> AiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse:
        from .course_completion import (
            AiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse,
        )

        return AiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse(
            self._resource.course_completion
        )

    @cached_property
    def courses(self) -> AiAnalyticsEngagementOrgsCoursesResourceWithRawResponse:
        from .courses import AiAnalyticsEngagementOrgsCoursesResourceWithRawResponse

        return AiAnalyticsEngagementOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def time(self) -> AiAnalyticsEngagementOrgsTimeResourceWithRawResponse:
        from .time import AiAnalyticsEngagementOrgsTimeResourceWithRawResponse

        return AiAnalyticsEngagementOrgsTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> AiAnalyticsEngagementOrgsVideosResourceWithRawResponse:
        from .videos import AiAnalyticsEngagementOrgsVideosResourceWithRawResponse

        return AiAnalyticsEngagementOrgsVideosResourceWithRawResponse(self._resource.videos)


class AsyncAiAnalyticsEngagementOrgsResource:
    """`AsyncClient.ai_analytics.engagement.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsEngagementOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsResourceWithRawResponse(self)

    @cached_property
    def activity(self) -> AsyncAiAnalyticsEngagementOrgsActivityResource:
        from .activity import AsyncAiAnalyticsEngagementOrgsActivityResource

        return AsyncAiAnalyticsEngagementOrgsActivityResource(self._client)

    @cached_property
    def course_completion(self) -> AsyncAiAnalyticsEngagementOrgsCourseCompletionResource:
        from .course_completion import AsyncAiAnalyticsEngagementOrgsCourseCompletionResource

        return AsyncAiAnalyticsEngagementOrgsCourseCompletionResource(self._client)

    @cached_property
    def courses(self) -> AsyncAiAnalyticsEngagementOrgsCoursesResource:
        from .courses import AsyncAiAnalyticsEngagementOrgsCoursesResource

        return AsyncAiAnalyticsEngagementOrgsCoursesResource(self._client)

    @cached_property
    def time(self) -> AsyncAiAnalyticsEngagementOrgsTimeResource:
        from .time import AsyncAiAnalyticsEngagementOrgsTimeResource

        return AsyncAiAnalyticsEngagementOrgsTimeResource(self._client)

    @cached_property
    def videos(self) -> AsyncAiAnalyticsEngagementOrgsVideosResource:
        from .videos import AsyncAiAnalyticsEngagementOrgsVideosResource

        return AsyncAiAnalyticsEngagementOrgsVideosResource(self._client)


class AsyncAiAnalyticsEngagementOrgsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def activity(self) -> AsyncAiAnalyticsEngagementOrgsActivityResourceWithRawResponse:
        from .activity import AsyncAiAnalyticsEngagementOrgsActivityResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsActivityResourceWithRawResponse(
            self._resource.activity
        )

    @cached_property
    def course_completion(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse:
        from .course_completion import (
            AsyncAiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse,
        )

        return AsyncAiAnalyticsEngagementOrgsCourseCompletionResourceWithRawResponse(
            self._resource.course_completion
        )

    @cached_property
    def courses(self) -> AsyncAiAnalyticsEngagementOrgsCoursesResourceWithRawResponse:
        from .courses import AsyncAiAnalyticsEngagementOrgsCoursesResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def time(self) -> AsyncAiAnalyticsEngagementOrgsTimeResourceWithRawResponse:
        from .time import AsyncAiAnalyticsEngagementOrgsTimeResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> AsyncAiAnalyticsEngagementOrgsVideosResourceWithRawResponse:
        from .videos import AsyncAiAnalyticsEngagementOrgsVideosResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsVideosResourceWithRawResponse(self._resource.videos)
