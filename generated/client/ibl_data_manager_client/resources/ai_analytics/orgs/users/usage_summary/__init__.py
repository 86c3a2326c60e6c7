"""`Client.ai_analytics.orgs.users.usage_summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_usage_summary_list as _ai_analytics_orgs_users_usage_summary_list,
)
from ......models.user_count_record import UserCountRecord
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersUsageSummaryResource",
    "AiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersUsageSummaryResource",
    "AsyncAiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersUsageSummaryResource:
    """`Client.ai_analytics.orgs.users.usage_summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserCountRecord]:
        """Retrieve daily user engagement metrics with mentors.  This endpoint returns data on the
        number of unique users who interact with mentors each day within a specified date range.
        Args:     request: The HTTP request containing filter query parameters.     org:
        Organization key identifier.  Returns:     Response: Daily time series of unique user
        counts.  Raises:     NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date
        (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date
        for filtering (YYYY-MM-DD) - required.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            group_by (str | Unset, query)

        Returns:
            list[UserCountRecord]
        """
        return self._client._send(
            _ai_analytics_orgs_users_usage_summary_list.OPERATION,
            _ai_analytics_orgs_users_usage_summary_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                group_by=group_by,
            ),
            options,
        )


class AiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.usage_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersUsageSummaryResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersUsageSummaryResource:
    """`AsyncClient.ai_analytics.orgs.users.usage_summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserCountRecord]:
        """Retrieve daily user engagement metrics with mentors.  This endpoint returns data on the
        number of unique users who interact with mentors each day within a specified date range.
        Args:     request: The HTTP request containing filter query parameters.     org:
        Organization key identifier.  Returns:     Response: Daily time series of unique user
        counts.  Raises:     NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date
        (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date
        for filtering (YYYY-MM-DD) - required.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            group_by (str | Unset, query)

        Returns:
            list[UserCountRecord]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_usage_summary_list.OPERATION,
            _ai_analytics_orgs_users_usage_summary_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                group_by=group_by,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersUsageSummaryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.usage_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersUsageSummaryResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
