"""`Client.ai_analytics.perlearner.orgs.users.videos.over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_videos_over_time_retrieve as _ai_analytics_perlearner_orgs_users_videos_over_time_retrieve,
)
from ........models.ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat,
)
from ........models.over_time_with_total import OverTimeWithTotal
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource",
    "AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource:
    """`Client.ai_analytics.perlearner.orgs.users.videos.over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.  This endpoint provides daily counts of videos watched
        over a specified time period, with options to filter by course or user.  Query
        Parameters:     start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)     course_id (str,
        optional): Filter by course ID     user_id (str, optional): Filter by username or email
        Returns:     Daily video watch counts over the specified time period.  Default time
        range is the last 7 days if no dates are specified.  Access Control:     - Platform
        admins can access any video watch data     - Learners can access their own video watch
        data

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_videos_over_time_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_videos_over_time_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.videos.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.videos.over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.  This endpoint provides daily counts of videos watched
        over a specified time period, with options to filter by course or user.  Query
        Parameters:     start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)     course_id (str,
        optional): Filter by course ID     user_id (str, optional): Filter by username or email
        Returns:     Daily video watch counts over the specified time period.  Default time
        range is the last 7 days if no dates are specified.  Access Control:     - Platform
        admins can access any video watch data     - Learners can access their own video watch
        data

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_videos_over_time_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_videos_over_time_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.videos.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersVideosOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
