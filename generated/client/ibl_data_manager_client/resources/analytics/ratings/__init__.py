"""`Client.analytics.ratings`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import analytics_ratings_retrieve as _analytics_ratings_retrieve
from ....models.analytics_ratings_retrieve_date_filter import AnalyticsRatingsRetrieveDateFilter
from ....models.analytics_ratings_retrieve_granularity import AnalyticsRatingsRetrieveGranularity
from ....models.analytics_ratings_retrieve_metric import AnalyticsRatingsRetrieveMetric
from ....models.ratings_overtime import RatingsOvertime
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AnalyticsRatingsResource",
    "AnalyticsRatingsResourceWithRawResponse",
    "AsyncAnalyticsRatingsResource",
    "AsyncAnalyticsRatingsResourceWithRawResponse",
]


class AnalyticsRatingsResource:
    """`Client.analytics.ratings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsRatingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsRatingsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsRatingsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RatingsOvertime:
        """Ratings overtime endpoint.  Query params: - metric: only 'ratings' is supported
        (default) - platform_key, mentor_unique_id: optional filters - granularity: 'day'
        (default) or 'hour' (hour only for today) - start_date, end_date: optional date range;
        defaults applied if not provided  Returns: { metric: 'ratings', points: [{date, value},
        ...] }

        Args:
            date_filter (AnalyticsRatingsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsRatingsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metric (AnalyticsRatingsRetrieveMetric | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            RatingsOvertime
        """
        return self._client._send(
            _analytics_ratings_retrieve.OPERATION,
            _analytics_ratings_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                mentor_unique_id=mentor_unique_id,
                metric=metric,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsRatingsResourceWithRawResponse:
    """`Client.analytics.ratings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsRatingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsRatingsResource:
    """`AsyncClient.analytics.ratings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsRatingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsRatingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsRatingsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RatingsOvertime:
        """Ratings overtime endpoint.  Query params: - metric: only 'ratings' is supported
        (default) - platform_key, mentor_unique_id: optional filters - granularity: 'day'
        (default) or 'hour' (hour only for today) - start_date, end_date: optional date range;
        defaults applied if not provided  Returns: { metric: 'ratings', points: [{date, value},
        ...] }

        Args:
            date_filter (AnalyticsRatingsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsRatingsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metric (AnalyticsRatingsRetrieveMetric | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            RatingsOvertime
        """
        return await self._client._send(
            _analytics_ratings_retrieve.OPERATION,
            _analytics_ratings_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                mentor_unique_id=mentor_unique_id,
                metric=metric,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsRatingsResourceWithRawResponse:
    """`AsyncClient.analytics.ratings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsRatingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
