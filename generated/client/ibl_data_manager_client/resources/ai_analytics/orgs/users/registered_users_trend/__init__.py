"""`Client.ai_analytics.orgs.users.registered_users_trend`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_registered_users_trend_list as _ai_analytics_orgs_users_registered_users_trend_list,
)
from ......models.trend_entry import TrendEntry
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersRegisteredUsersTrendResource",
    "AiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResource",
    "AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersRegisteredUsersTrendResource:
    """`Client.ai_analytics.orgs.users.registered_users_trend`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[TrendEntry]:
        """Retrieve trends of registered users over time.  This endpoint returns data on the number
        of new user registrations within a specified date range, with options for different time
        aggregations (hourly, daily, weekly, monthly). The data is backfilled to ensure
        continuous time series even for periods with zero registrations.  Args:     request: The
        HTTP request containing filter query parameters.     org: Organization key identifier.
        Returns:     Response: Time series of user registration counts.  Raises:     NotFound:
        If the specified organization does not exist.     BadRequest: If the provided parameters
        are invalid.  Query Parameters:     start_date (str): Start date for filtering
        (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) -
        required.     aggregation (str): Time aggregation level (hourly, daily, weekly, monthly)
        - default: daily.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            group_by (str | Unset, query)

        Returns:
            list[TrendEntry]
        """
        return self._client._send(
            _ai_analytics_orgs_users_registered_users_trend_list.OPERATION,
            _ai_analytics_orgs_users_registered_users_trend_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                group_by=group_by,
            ),
            options,
        )


class AiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.registered_users_trend`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersRegisteredUsersTrendResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResource:
    """`AsyncClient.ai_analytics.orgs.users.registered_users_trend`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[TrendEntry]:
        """Retrieve trends of registered users over time.  This endpoint returns data on the number
        of new user registrations within a specified date range, with options for different time
        aggregations (hourly, daily, weekly, monthly). The data is backfilled to ensure
        continuous time series even for periods with zero registrations.  Args:     request: The
        HTTP request containing filter query parameters.     org: Organization key identifier.
        Returns:     Response: Time series of user registration counts.  Raises:     NotFound:
        If the specified organization does not exist.     BadRequest: If the provided parameters
        are invalid.  Query Parameters:     start_date (str): Start date for filtering
        (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) -
        required.     aggregation (str): Time aggregation level (hourly, daily, weekly, monthly)
        - default: daily.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            group_by (str | Unset, query)

        Returns:
            list[TrendEntry]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_registered_users_trend_list.OPERATION,
            _ai_analytics_orgs_users_registered_users_trend_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                group_by=group_by,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.registered_users_trend`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersRegisteredUsersTrendResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
