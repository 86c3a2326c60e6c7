"""`Client.ai_analytics.engagement.orgs.videos`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_engagement_orgs_videos_retrieve as _ai_analytics_engagement_orgs_videos_retrieve,
)
from ......models.ai_analytics_engagement_orgs_videos_retrieve_format import (
    AiAnalyticsEngagementOrgsVideosRetrieveFormat,
)
from ......models.video_engagement_per_course import VideoEngagementPerCourse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsEngagementOrgsVideosOverTimeResource,
        AiAnalyticsEngagementOrgsVideosOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsEngagementOrgsVideosOverTimeResource,
        AsyncAiAnalyticsEngagementOrgsVideosOverTimeResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsEngagementOrgsVideosResource",
    "AiAnalyticsEngagementOrgsVideosResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsVideosResource",
    "AsyncAiAnalyticsEngagementOrgsVideosResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsVideosResource:
    """`Client.ai_analytics.engagement.orgs.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsVideosOverTimeResource:
        from .over_time import AiAnalyticsEngagementOrgsVideosOverTimeResource

        return AiAnalyticsEngagementOrgsVideosOverTimeResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideoEngagementPerCourse:
        """Get video engagement metrics on a per-course basis.  This endpoint provides a paginated
        list of courses with video engagement metrics including view counts, completion rates,
        and time spent on videos.  Query Parameters:     page (int, optional): Page number for
        pagination     length (int, optional): Number of items per page  Returns:     A
        paginated list of courses with their video engagement metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            VideoEngagementPerCourse
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_videos_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_videos_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsVideosResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsVideosResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AiAnalyticsEngagementOrgsVideosOverTimeResourceWithRawResponse:
        from .over_time import AiAnalyticsEngagementOrgsVideosOverTimeResourceWithRawResponse

        return AiAnalyticsEngagementOrgsVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )


class AsyncAiAnalyticsEngagementOrgsVideosResource:
    """`AsyncClient.ai_analytics.engagement.orgs.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsEngagementOrgsVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsVideosOverTimeResource:
        from .over_time import AsyncAiAnalyticsEngagementOrgsVideosOverTimeResource

        return AsyncAiAnalyticsEngagementOrgsVideosOverTimeResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VideoEngagementPerCourse:
        """Get video engagement metrics on a per-course basis.  This endpoint provides a paginated
        list of courses with video engagement metrics including view counts, completion rates,
        and time spent on videos.  Query Parameters:     page (int, optional): Page number for
        pagination     length (int, optional): Number of items per page  Returns:     A
        paginated list of courses with their video engagement metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            VideoEngagementPerCourse
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_videos_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_videos_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsVideosResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsVideosResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsEngagementOrgsVideosOverTimeResourceWithRawResponse:
        from .over_time import AsyncAiAnalyticsEngagementOrgsVideosOverTimeResourceWithRawResponse

        return AsyncAiAnalyticsEngagementOrgsVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )
