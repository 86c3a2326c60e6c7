"""`Client.analytics.time_spent.user`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    analytics_time_spent_user_retrieve as _analytics_time_spent_user_retrieve,
)
from .....models.time_spent_per_user_response import TimeSpentPerUserResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsTimeSpentUserResource",
    "AnalyticsTimeSpentUserResourceWithRawResponse",
    "AsyncAnalyticsTimeSpentUserResource",
    "AsyncAnalyticsTimeSpentUserResourceWithRawResponse",
]


class AnalyticsTimeSpentUserResource:
    """`Client.analytics.time_spent.user`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsTimeSpentUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsTimeSpentUserResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        url_query: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentPerUserResponse:
        """Get total time spent for current user

        Returns the total time spent (in seconds) for the current authenticated user.
        Can be filtered by platform, date range, course ID, URL, mentor UUID, and session UUID.

        Args:
            course_id (str | Unset, query)
            end_date (datetime.date | Unset, query)
            include_main_platform (bool | Unset, query)
            mentor_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            session_uuid (str | Unset, query)
            start_date (datetime.date | Unset, query)
            url_query (str | Unset, query)
            username (str | Unset, query)

        Returns:
            TimeSpentPerUserResponse
        """
        return self._client._send(
            _analytics_time_spent_user_retrieve.OPERATION,
            _analytics_time_spent_user_retrieve.build_request(
                course_id=course_id,
                end_date=end_date,
                include_main_platform=include_main_platform,
                mentor_uuid=mentor_uuid,
                platform_key=platform_key,
                session_uuid=session_uuid,
                start_date=start_date,
                url_query=url_query,
                username=username,
            ),
            options,
        )


class AnalyticsTimeSpentUserResourceWithRawResponse:
    """`Client.analytics.time_spent.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsTimeSpentUserResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsTimeSpentUserResource:
    """`AsyncClient.analytics.time_spent.user`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsTimeSpentUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsTimeSpentUserResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        url_query: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentPerUserResponse:
        """Get total time spent for current user

        Returns the total time spent (in seconds) for the current authenticated user.
        Can be filtered by platform, date range, course ID, URL, mentor UUID, and session UUID.

        Args:
            course_id (str | Unset, query)
            end_date (datetime.date | Unset, query)
            include_main_platform (bool | Unset, query)
            mentor_uuid (str | Unset, query)
            platform_key (str | Unset, query)
            session_uuid (str | Unset, query)
            start_date (datetime.date | Unset, query)
            url_query (str | Unset, query)
            username (str | Unset, query)

        Returns:
            TimeSpentPerUserResponse
        """
        return await self._client._send(
            _analytics_time_spent_user_retrieve.OPERATION,
            _analytics_time_spent_user_retrieve.build_request(
                course_id=course_id,
                end_date=end_date,
                include_main_platform=include_main_platform,
                mentor_uuid=mentor_uuid,
                platform_key=platform_key,
                session_uuid=session_uuid,
                start_date=start_date,
                url_query=url_query,
                username=username,
            ),
            options,
        )


class AsyncAnalyticsTimeSpentUserResourceWithRawResponse:
    """`AsyncClient.analytics.time_spent.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsTimeSpentUserResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
