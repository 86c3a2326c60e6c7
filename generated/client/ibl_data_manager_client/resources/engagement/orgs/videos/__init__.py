"""`Client.engagement.orgs.videos`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    engagement_orgs_videos_retrieve as _engagement_orgs_videos_retrieve,
)
from .....models.engagement_orgs_videos_retrieve_format import EngagementOrgsVideosRetrieveFormat
from .....models.video_engagement_per_course import VideoEngagementPerCourse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .over_time import (
        AsyncEngagementOrgsVideosOverTimeResource,
        AsyncEngagementOrgsVideosOverTimeResourceWithRawResponse,
        EngagementOrgsVideosOverTimeResource,
        EngagementOrgsVideosOverTimeResourceWithRawResponse,
    )

__all__ = [
    "EngagementOrgsVideosResource",
    "EngagementOrgsVideosResourceWithRawResponse",
    "AsyncEngagementOrgsVideosResource",
    "AsyncEngagementOrgsVideosResourceWithRawResponse",
]


class EngagementOrgsVideosResource:
    """`Client.engagement.orgs.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> EngagementOrgsVideosOverTimeResource:
        from .over_time import EngagementOrgsVideosOverTimeResource

        return EngagementOrgsVideosOverTimeResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsVideosRetrieveFormat | Unset = UNSET,
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
            format_ (EngagementOrgsVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            VideoEngagementPerCourse
        """
        return self._client._send(
            _engagement_orgs_videos_retrieve.OPERATION,
            _engagement_orgs_videos_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class EngagementOrgsVideosResourceWithRawResponse:
    """`Client.engagement.orgs.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsVideosResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> EngagementOrgsVideosOverTimeResourceWithRawResponse:
        from .over_time import EngagementOrgsVideosOverTimeResourceWithRawResponse

        return EngagementOrgsVideosOverTimeResourceWithRawResponse(self._resource.over_time)


class AsyncEngagementOrgsVideosResource:
    """`AsyncClient.engagement.orgs.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsVideosOverTimeResource:
        from .over_time import AsyncEngagementOrgsVideosOverTimeResource

        return AsyncEngagementOrgsVideosOverTimeResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsVideosRetrieveFormat | Unset = UNSET,
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
            format_ (EngagementOrgsVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            VideoEngagementPerCourse
        """
        return await self._client._send(
            _engagement_orgs_videos_retrieve.OPERATION,
            _engagement_orgs_videos_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AsyncEngagementOrgsVideosResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsVideosResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsVideosOverTimeResourceWithRawResponse:
        from .over_time import AsyncEngagementOrgsVideosOverTimeResourceWithRawResponse

        return AsyncEngagementOrgsVideosOverTimeResourceWithRawResponse(self._resource.over_time)
