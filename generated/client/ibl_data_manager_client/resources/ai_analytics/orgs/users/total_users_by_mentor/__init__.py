"""`Client.ai_analytics.orgs.users.total_users_by_mentor`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_total_users_by_mentor_list as _ai_analytics_orgs_users_total_users_by_mentor_list,
)
from ......models.user_chat_by_period import UserChatByPeriod
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersTotalUsersByMentorResource",
    "AiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResource",
    "AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersTotalUsersByMentorResource:
    """`Client.ai_analytics.orgs.users.total_users_by_mentor`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        aggregation: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserChatByPeriod]:
        """Retrieve the total number of users interacting with mentors over time.  This endpoint
        returns data on the number of unique users who interacted with mentors each day or hour
        within a specified date range, with optional filtering by specific mentor. If no date
        range is provided, the last 30 days are used by default.  Args:     request: The HTTP
        request containing filter query parameters.     org: Organization key identifier.
        Returns:     Response: Time series of unique user counts.  Raises:     NotFound: If the
        specified organization or mentor does not exist.     BadRequest: If the provided
        parameters are invalid.  Query Parameters:     start_date (str): Start date for
        filtering (YYYY-MM-DD) - defaults to 30 days ago.     end_date (str): End date for
        filtering (YYYY-MM-DD) - defaults to today.     aggregation (str): Time aggregation
        level (hourly, daily) - default: daily.     mentor_id (str): Filter by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            aggregation (str | Unset, query)
            end_date (str | Unset, query)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)
            start_date (str | Unset, query)

        Returns:
            list[UserChatByPeriod]
        """
        return self._client._send(
            _ai_analytics_orgs_users_total_users_by_mentor_list.OPERATION,
            _ai_analytics_orgs_users_total_users_by_mentor_list.build_request(
                org=org,
                user_id=user_id,
                aggregation=aggregation,
                end_date=end_date,
                group_by=group_by,
                mentor_id=mentor_id,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.total_users_by_mentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersTotalUsersByMentorResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResource:
    """`AsyncClient.ai_analytics.orgs.users.total_users_by_mentor`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        aggregation: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserChatByPeriod]:
        """Retrieve the total number of users interacting with mentors over time.  This endpoint
        returns data on the number of unique users who interacted with mentors each day or hour
        within a specified date range, with optional filtering by specific mentor. If no date
        range is provided, the last 30 days are used by default.  Args:     request: The HTTP
        request containing filter query parameters.     org: Organization key identifier.
        Returns:     Response: Time series of unique user counts.  Raises:     NotFound: If the
        specified organization or mentor does not exist.     BadRequest: If the provided
        parameters are invalid.  Query Parameters:     start_date (str): Start date for
        filtering (YYYY-MM-DD) - defaults to 30 days ago.     end_date (str): End date for
        filtering (YYYY-MM-DD) - defaults to today.     aggregation (str): Time aggregation
        level (hourly, daily) - default: daily.     mentor_id (str): Filter by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            aggregation (str | Unset, query)
            end_date (str | Unset, query)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)
            start_date (str | Unset, query)

        Returns:
            list[UserChatByPeriod]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_total_users_by_mentor_list.OPERATION,
            _ai_analytics_orgs_users_total_users_by_mentor_list.build_request(
                org=org,
                user_id=user_id,
                aggregation=aggregation,
                end_date=end_date,
                group_by=group_by,
                mentor_id=mentor_id,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.total_users_by_mentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersTotalUsersByMentorResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
