"""`Client.ai_analytics.orgs.users.user_sentiment`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_user_sentiment_retrieve as _ai_analytics_orgs_users_user_sentiment_retrieve,
)
from ......models.sentiment_summary import SentimentSummary
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersUserSentimentResource",
    "AiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersUserSentimentResource",
    "AsyncAiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersUserSentimentResource:
    """`Client.ai_analytics.orgs.users.user_sentiment`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SentimentSummary:
        """Retrieve user sentiment distribution.  This endpoint returns data on the distribution of
        user sentiments (positive, negative, neutral) within a specified date range, expressed
        as percentages.  Args:     request: The HTTP request containing filter query parameters.
        org: Organization key identifier.  Returns:     Response: Sentiment distribution
        percentages and total sentiment count.  Raises:     NotFound: If the specified
        organization does not exist.     BadRequest: If the provided parameters are invalid.
        Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) -
        required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            group_by (str | Unset, query)

        Returns:
            SentimentSummary
        """
        return self._client._send(
            _ai_analytics_orgs_users_user_sentiment_retrieve.OPERATION,
            _ai_analytics_orgs_users_user_sentiment_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                group_by=group_by,
            ),
            options,
        )


class AiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.user_sentiment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersUserSentimentResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersUserSentimentResource:
    """`AsyncClient.ai_analytics.orgs.users.user_sentiment`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SentimentSummary:
        """Retrieve user sentiment distribution.  This endpoint returns data on the distribution of
        user sentiments (positive, negative, neutral) within a specified date range, expressed
        as percentages.  Args:     request: The HTTP request containing filter query parameters.
        org: Organization key identifier.  Returns:     Response: Sentiment distribution
        percentages and total sentiment count.  Raises:     NotFound: If the specified
        organization does not exist.     BadRequest: If the provided parameters are invalid.
        Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) -
        required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            group_by (str | Unset, query)

        Returns:
            SentimentSummary
        """
        return await self._client._send(
            _ai_analytics_orgs_users_user_sentiment_retrieve.OPERATION,
            _ai_analytics_orgs_users_user_sentiment_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                group_by=group_by,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersUserSentimentResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.user_sentiment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersUserSentimentResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
