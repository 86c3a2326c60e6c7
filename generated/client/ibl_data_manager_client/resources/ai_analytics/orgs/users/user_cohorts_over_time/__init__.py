"""`Client.ai_analytics.orgs.users.user_cohorts_over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_user_cohorts_over_time_retrieve as _ai_analytics_orgs_users_user_cohorts_over_time_retrieve,
)
from ......models.user_trend_by_period import UserTrendByPeriod
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersUserCohortsOverTimeResource",
    "AiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResource",
    "AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersUserCohortsOverTimeResource:
    """`Client.ai_analytics.orgs.users.user_cohorts_over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserTrendByPeriod:
        """Retrieve user cohort trends over time.  This endpoint returns data on the distribution
        of new versus veteran users over time, with options for different time aggregations and
        filtering by mentor. New users are those who registered within the specified date range,
        while veteran users are those who registered before the date range but were active
        during it.  Args:     request: The HTTP request containing filter query parameters.
        org: Organization key identifier.  Returns:     Response: Time series of new and veteran
        user counts.  Raises:     NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date
        (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date
        for filtering (YYYY-MM-DD) - required.     aggregation (str): Time aggregation level
        (hourly, daily, weekly) - default: daily.     mentor_id (str): Filter by mentor unique
        ID.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            UserTrendByPeriod
        """
        return self._client._send(
            _ai_analytics_orgs_users_user_cohorts_over_time_retrieve.OPERATION,
            _ai_analytics_orgs_users_user_cohorts_over_time_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                mentor_id=mentor_id,
            ),
            options,
        )


class AiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.user_cohorts_over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersUserCohortsOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResource:
    """`AsyncClient.ai_analytics.orgs.users.user_cohorts_over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserTrendByPeriod:
        """Retrieve user cohort trends over time.  This endpoint returns data on the distribution
        of new versus veteran users over time, with options for different time aggregations and
        filtering by mentor. New users are those who registered within the specified date range,
        while veteran users are those who registered before the date range but were active
        during it.  Args:     request: The HTTP request containing filter query parameters.
        org: Organization key identifier.  Returns:     Response: Time series of new and veteran
        user counts.  Raises:     NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date
        (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date
        for filtering (YYYY-MM-DD) - required.     aggregation (str): Time aggregation level
        (hourly, daily, weekly) - default: daily.     mentor_id (str): Filter by mentor unique
        ID.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            UserTrendByPeriod
        """
        return await self._client._send(
            _ai_analytics_orgs_users_user_cohorts_over_time_retrieve.OPERATION,
            _ai_analytics_orgs_users_user_cohorts_over_time_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                mentor_id=mentor_id,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.user_cohorts_over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersUserCohortsOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
