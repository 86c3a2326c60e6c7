"""`Client.ai_analytics.orgs.users.user_feedback`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_user_feedback_list as _ai_analytics_orgs_users_user_feedback_list,
)
from ......models.user_chat_feedback_count import UserChatFeedbackCount
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersUserFeedbackResource",
    "AiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersUserFeedbackResource",
    "AsyncAiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersUserFeedbackResource:
    """`Client.ai_analytics.orgs.users.user_feedback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserChatFeedbackCount]:
        """Retrieve aggregated user chat feedback counts.  This endpoint returns data on the number
        of user chat feedback entries within a specified date range, with options for different
        time aggregations (hourly, daily, weekly). Results can be filtered by mentor.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.  Returns:     Response: Time series data of feedback counts.  Raises:
        NotFound: If the specified organization does not exist.     BadRequest: If the provided
        parameters are invalid.  Query Parameters:     start_date (str): Start date for
        filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering
        (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.
        aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            list[UserChatFeedbackCount]
        """
        return self._client._send(
            _ai_analytics_orgs_users_user_feedback_list.OPERATION,
            _ai_analytics_orgs_users_user_feedback_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                mentor_id=mentor_id,
            ),
            options,
        )


class AiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.user_feedback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersUserFeedbackResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersUserFeedbackResource:
    """`AsyncClient.ai_analytics.orgs.users.user_feedback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        aggregation: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserChatFeedbackCount]:
        """Retrieve aggregated user chat feedback counts.  This endpoint returns data on the number
        of user chat feedback entries within a specified date range, with options for different
        time aggregations (hourly, daily, weekly). Results can be filtered by mentor.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.  Returns:     Response: Time series data of feedback counts.  Raises:
        NotFound: If the specified organization does not exist.     BadRequest: If the provided
        parameters are invalid.  Query Parameters:     start_date (str): Start date for
        filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering
        (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.
        aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            aggregation (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            list[UserChatFeedbackCount]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_user_feedback_list.OPERATION,
            _ai_analytics_orgs_users_user_feedback_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                aggregation=aggregation,
                mentor_id=mentor_id,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersUserFeedbackResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.user_feedback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersUserFeedbackResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
