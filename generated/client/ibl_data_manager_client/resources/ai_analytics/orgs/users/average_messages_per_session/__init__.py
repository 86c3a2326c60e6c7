"""`Client.ai_analytics.orgs.users.average_messages_per_session`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_average_messages_per_session_list as _ai_analytics_orgs_users_average_messages_per_session_list,
)
from ......models.message_statistics import MessageStatistics
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersAverageMessagesPerSessionResource",
    "AiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResource",
    "AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersAverageMessagesPerSessionResource:
    """`Client.ai_analytics.orgs.users.average_messages_per_session`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[MessageStatistics]:
        """Retrieve average message counts per session over time.  This endpoint returns data on
        the average number of messages exchanged in each conversation session within a specified
        date range, with options for filtering by mentor and aggregating by different time
        periods (hourly, daily, weekly).  Args:     request: The HTTP request containing filter
        query parameters.     org: Organization key identifier.  Returns:     Response: Time
        series of average message counts and session totals.  Raises:     NotFound: If the
        specified organization does not exist.     BadRequest: If the provided parameters are
        invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD)
        - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.     aggregation (str): Time aggregation
        level (hourly, daily, weekly) - default: daily.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            list[MessageStatistics]
        """
        return self._client._send(
            _ai_analytics_orgs_users_average_messages_per_session_list.OPERATION,
            _ai_analytics_orgs_users_average_messages_per_session_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                group_by=group_by,
                mentor_id=mentor_id,
            ),
            options,
        )


class AiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.average_messages_per_session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersAverageMessagesPerSessionResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResource:
    """`AsyncClient.ai_analytics.orgs.users.average_messages_per_session`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[MessageStatistics]:
        """Retrieve average message counts per session over time.  This endpoint returns data on
        the average number of messages exchanged in each conversation session within a specified
        date range, with options for filtering by mentor and aggregating by different time
        periods (hourly, daily, weekly).  Args:     request: The HTTP request containing filter
        query parameters.     org: Organization key identifier.  Returns:     Response: Time
        series of average message counts and session totals.  Raises:     NotFound: If the
        specified organization does not exist.     BadRequest: If the provided parameters are
        invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD)
        - required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.     aggregation (str): Time aggregation
        level (hourly, daily, weekly) - default: daily.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            list[MessageStatistics]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_average_messages_per_session_list.OPERATION,
            _ai_analytics_orgs_users_average_messages_per_session_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                group_by=group_by,
                mentor_id=mentor_id,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.average_messages_per_session`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsOrgsUsersAverageMessagesPerSessionResource
    ) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
