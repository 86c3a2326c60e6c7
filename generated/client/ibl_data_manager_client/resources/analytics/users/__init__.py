"""`Client.analytics.users`: 1 operation and 1 sub-resource."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import analytics_users_retrieve as _analytics_users_retrieve
from ....models.analytics_users_retrieve_date_filter import AnalyticsUsersRetrieveDateFilter
from ....models.analytics_users_retrieve_granularity import AnalyticsUsersRetrieveGranularity
from ....models.analytics_users_retrieve_metric import AnalyticsUsersRetrieveMetric
from ....models.current_users_response import CurrentUsersResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .details import (
        AnalyticsUsersDetailsResource,
        AnalyticsUsersDetailsResourceWithRawResponse,
        AsyncAnalyticsUsersDetailsResource,
        AsyncAnalyticsUsersDetailsResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsUsersResource",
    "AnalyticsUsersResourceWithRawResponse",
    "AsyncAnalyticsUsersResource",
    "AsyncAnalyticsUsersResourceWithRawResponse",
]


class AnalyticsUsersResource:
    """`Client.analytics.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsUsersResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AnalyticsUsersDetailsResource:
        from .details import AnalyticsUsersDetailsResource

        return AnalyticsUsersDetailsResource(self._client)

    def retrieve(
        self,
        *,
        metric: AnalyticsUsersRetrieveMetric,
        date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CurrentUsersResponse:
        """User Analytics API - Comprehensive user activity metrics and trends.
        Provides real-time and historical user analytics including:         - Currently active
        users (last hour)         - Active users over time periods (7d, 30d, 90d)         -
        Registered user counts and growth         - Time series charts with customizable
        granularity                  **Key Features:**         - Real-time active user counting
        - Percentage change calculations vs previous periods         - Flexible date filtering
        and granularity         - Platform and mentor-specific filtering         -
        Forward-filled time series data                  **Supported Metrics:**         -
        `currently_active`: Users active in last hour         - `active_users`: Unique users in
        specified period         - `registered_users`: Total and new user counts

        Args:
            metric (AnalyticsUsersRetrieveMetric, query)
            date_filter (AnalyticsUsersRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsUsersRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            CurrentUsersResponse
        """
        return self._client._send(
            _analytics_users_retrieve.OPERATION,
            _analytics_users_retrieve.build_request(
                metric=metric,
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


class AnalyticsUsersResourceWithRawResponse:
    """`Client.analytics.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def details(self) -> AnalyticsUsersDetailsResourceWithRawResponse:
        from .details import AnalyticsUsersDetailsResourceWithRawResponse

        return AnalyticsUsersDetailsResourceWithRawResponse(self._resource.details)


class AsyncAnalyticsUsersResource:
    """`AsyncClient.analytics.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsUsersResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AsyncAnalyticsUsersDetailsResource:
        from .details import AsyncAnalyticsUsersDetailsResource

        return AsyncAnalyticsUsersDetailsResource(self._client)

    async def retrieve(
        self,
        *,
        metric: AnalyticsUsersRetrieveMetric,
        date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CurrentUsersResponse:
        """User Analytics API - Comprehensive user activity metrics and trends.
        Provides real-time and historical user analytics including:         - Currently active
        users (last hour)         - Active users over time periods (7d, 30d, 90d)         -
        Registered user counts and growth         - Time series charts with customizable
        granularity                  **Key Features:**         - Real-time active user counting
        - Percentage change calculations vs previous periods         - Flexible date filtering
        and granularity         - Platform and mentor-specific filtering         -
        Forward-filled time series data                  **Supported Metrics:**         -
        `currently_active`: Users active in last hour         - `active_users`: Unique users in
        specified period         - `registered_users`: Total and new user counts

        Args:
            metric (AnalyticsUsersRetrieveMetric, query)
            date_filter (AnalyticsUsersRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsUsersRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            CurrentUsersResponse
        """
        return await self._client._send(
            _analytics_users_retrieve.OPERATION,
            _analytics_users_retrieve.build_request(
                metric=metric,
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


class AsyncAnalyticsUsersResourceWithRawResponse:
    """`AsyncClient.analytics.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def details(self) -> AsyncAnalyticsUsersDetailsResourceWithRawResponse:
        from .details import AsyncAnalyticsUsersDetailsResourceWithRawResponse

        return AsyncAnalyticsUsersDetailsResourceWithRawResponse(self._resource.details)
