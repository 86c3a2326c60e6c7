"""`Client.engagement.orgs.courses.videos`: 1 operation and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    engagement_orgs_courses_videos_retrieve as _engagement_orgs_courses_videos_retrieve,
)
from ......models.engagement_orgs_courses_videos_retrieve_format import (
    EngagementOrgsCoursesVideosRetrieveFormat,
)
from ......models.videos_specific_course import VideosSpecificCourse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .over_time import (
        AsyncEngagementOrgsCoursesVideosOverTimeResource,
        AsyncEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse,
        EngagementOrgsCoursesVideosOverTimeResource,
        EngagementOrgsCoursesVideosOverTimeResourceWithRawResponse,
    )
    from .summary import (
        AsyncEngagementOrgsCoursesVideosSummaryResource,
        AsyncEngagementOrgsCoursesVideosSummaryResourceWithRawResponse,
        EngagementOrgsCoursesVideosSummaryResource,
        EngagementOrgsCoursesVideosSummaryResourceWithRawResponse,
    )
    from .users import (
        AsyncEngagementOrgsCoursesVideosUsersResource,
        AsyncEngagementOrgsCoursesVideosUsersResourceWithRawResponse,
        EngagementOrgsCoursesVideosUsersResource,
        EngagementOrgsCoursesVideosUsersResourceWithRawResponse,
    )

__all__ = [
    "EngagementOrgsCoursesVideosResource",
    "EngagementOrgsCoursesVideosResourceWithRawResponse",
    "AsyncEngagementOrgsCoursesVideosResource",
    "AsyncEngagementOrgsCoursesVideosResourceWithRawResponse",
]


class EngagementOrgsCoursesVideosResource:
    """`Client.engagement.orgs.courses.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCoursesVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCoursesVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> EngagementOrgsCoursesVideosOverTimeResource:
        from .over_time import EngagementOrgsCoursesVideosOverTimeResource

        return EngagementOrgsCoursesVideosOverTimeResource(self._client)

    @cached_property
    def summary(self) -> EngagementOrgsCoursesVideosSummaryResource:
        from .summary import EngagementOrgsCoursesVideosSummaryResource

        return EngagementOrgsCoursesVideosSummaryResource(self._client)

    @cached_property
    def users(self) -> EngagementOrgsCoursesVideosUsersResource:
        from .users import EngagementOrgsCoursesVideosUsersResource

        return EngagementOrgsCoursesVideosUsersResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideosSpecificCourse:
        """Get video engagement metrics for a specific course.  This endpoint provides detailed
        video engagement statistics for a single course, including view counts, completion
        rates, and time spent on videos.  Query Parameters:     course_id (str): The course ID
        to get video engagement data for  Returns:     Detailed video engagement metrics for the
        specified course.

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (EngagementOrgsCoursesVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            VideosSpecificCourse
        """
        return self._client._send(
            _engagement_orgs_courses_videos_retrieve.OPERATION,
            _engagement_orgs_courses_videos_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class EngagementOrgsCoursesVideosResourceWithRawResponse:
    """`Client.engagement.orgs.courses.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCoursesVideosResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> EngagementOrgsCoursesVideosOverTimeResourceWithRawResponse:
        from .over_time import EngagementOrgsCoursesVideosOverTimeResourceWithRawResponse

        return EngagementOrgsCoursesVideosOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def summary(self) -> EngagementOrgsCoursesVideosSummaryResourceWithRawResponse:
        from .summary import EngagementOrgsCoursesVideosSummaryResourceWithRawResponse

        return EngagementOrgsCoursesVideosSummaryResourceWithRawResponse(self._resource.summary)

    @cached_property
    def users(self) -> EngagementOrgsCoursesVideosUsersResourceWithRawResponse:
        from .users import EngagementOrgsCoursesVideosUsersResourceWithRawResponse

        return EngagementOrgsCoursesVideosUsersResourceWithRawResponse(self._resource.users)


class AsyncEngagementOrgsCoursesVideosResource:
    """`AsyncClient.engagement.orgs.courses.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsCoursesVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCoursesVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsCoursesVideosOverTimeResource:
        from .over_time import AsyncEngagementOrgsCoursesVideosOverTimeResource

        return AsyncEngagementOrgsCoursesVideosOverTimeResource(self._client)

    @cached_property
    def summary(self) -> AsyncEngagementOrgsCoursesVideosSummaryResource:
        from .summary import AsyncEngagementOrgsCoursesVideosSummaryResource

        return AsyncEngagementOrgsCoursesVideosSummaryResource(self._client)

    @cached_property
    def users(self) -> AsyncEngagementOrgsCoursesVideosUsersResource:
        from .users import AsyncEngagementOrgsCoursesVideosUsersResource

        return AsyncEngagementOrgsCoursesVideosUsersResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideosSpecificCourse:
        """Get video engagement metrics for a specific course.  This endpoint provides detailed
        video engagement statistics for a single course, including view counts, completion
        rates, and time spent on videos.  Query Parameters:     course_id (str): The course ID
        to get video engagement data for  Returns:     Detailed video engagement metrics for the
        specified course.

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (EngagementOrgsCoursesVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            VideosSpecificCourse
        """
        return await self._client._send(
            _engagement_orgs_courses_videos_retrieve.OPERATION,
            _engagement_orgs_courses_videos_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncEngagementOrgsCoursesVideosResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.courses.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCoursesVideosResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse:
        from .over_time import AsyncEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse

        return AsyncEngagementOrgsCoursesVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def summary(self) -> AsyncEngagementOrgsCoursesVideosSummaryResourceWithRawResponse:
        from .summary import AsyncEngagementOrgsCoursesVideosSummaryResourceWithRawResponse

        return AsyncEngagementOrgsCoursesVideosSummaryResourceWithRawResponse(
            self._resource.summary
        )

    @cached_property
    def users(self) -> AsyncEngagementOrgsCoursesVideosUsersResourceWithRawResponse:
        from .users import AsyncEngagementOrgsCoursesVideosUsersResourceWithRawResponse

        return AsyncEngagementOrgsCoursesVideosUsersResourceWithRawResponse(self._resource.users)
