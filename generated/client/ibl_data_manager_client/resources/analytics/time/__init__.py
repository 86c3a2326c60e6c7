"""`Client.analytics.time`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import analytics_time_retrieve as _analytics_time_retrieve
from ....models.access_times_heatmap import AccessTimesHeatmap
from ....models.analytics_time_retrieve_date_filter import AnalyticsTimeRetrieveDateFilter
from ....models.analytics_time_retrieve_granularity import AnalyticsTimeRetrieveGranularity
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AnalyticsTimeResource",
    "AnalyticsTimeResourceWithRawResponse",
    "AsyncAnalyticsTimeResource",
    "AsyncAnalyticsTimeResourceWithRawResponse",
]


class AnalyticsTimeResource:
    """`Client.analytics.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        date_filter: AnalyticsTimeRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTimeRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccessTimesHeatmap:
        """Time Analytics API - User activity patterns by time of day and day of week.
        Provides heatmap data showing when users are most active, useful for:         -
        Understanding peak usage times         - Capacity planning and resource allocation
        - User behavior analysis         - Support scheduling optimization
        **Key Features:**         - Day of week patterns (0=Sunday through 6=Saturday)         -
        Hour of day activity levels (0-23)         - Flexible date range filtering         -
        Platform and mentor-specific filtering         - Message count aggregation
        **Data Structure:**         - `day_of_week`: 0-6 (Sunday-Saturday)         - `hour`:
        0-23 (24-hour format)         - `value`: Message count for that time slot

        Args:
            date_filter (AnalyticsTimeRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsTimeRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            AccessTimesHeatmap
        """
        return self._client._send(
            _analytics_time_retrieve.OPERATION,
            _analytics_time_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                mentor_unique_id=mentor_unique_id,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsTimeResourceWithRawResponse:
    """`Client.analytics.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsTimeResource:
    """`AsyncClient.analytics.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        date_filter: AnalyticsTimeRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTimeRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccessTimesHeatmap:
        """Time Analytics API - User activity patterns by time of day and day of week.
        Provides heatmap data showing when users are most active, useful for:         -
        Understanding peak usage times         - Capacity planning and resource allocation
        - User behavior analysis         - Support scheduling optimization
        **Key Features:**         - Day of week patterns (0=Sunday through 6=Saturday)         -
        Hour of day activity levels (0-23)         - Flexible date range filtering         -
        Platform and mentor-specific filtering         - Message count aggregation
        **Data Structure:**         - `day_of_week`: 0-6 (Sunday-Saturday)         - `hour`:
        0-23 (24-hour format)         - `value`: Message count for that time slot

        Args:
            date_filter (AnalyticsTimeRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsTimeRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            AccessTimesHeatmap
        """
        return await self._client._send(
            _analytics_time_retrieve.OPERATION,
            _analytics_time_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                mentor_unique_id=mentor_unique_id,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsTimeResourceWithRawResponse:
    """`AsyncClient.analytics.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
