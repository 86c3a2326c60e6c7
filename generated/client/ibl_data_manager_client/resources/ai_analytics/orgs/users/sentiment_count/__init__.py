"""`Client.ai_analytics.orgs.users.sentiment_count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_sentiment_count_list as _ai_analytics_orgs_users_sentiment_count_list,
)
from ......models.user_sentiment_count_view import UserSentimentCountView
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersSentimentCountResource",
    "AiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersSentimentCountResource",
    "AsyncAiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersSentimentCountResource:
    """`Client.ai_analytics.orgs.users.sentiment_count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        period: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserSentimentCountView]:
        """Retrieve user sentiment counts over time.  This endpoint returns data on the number of
        user sentiment entries within a specified time period, aggregated by date.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.     user_id: User identifier.  Returns:     Response: Time series data of
        sentiment counts.  Raises:     NotFound: If the specified organization does not exist.
        ValidationError: If the provided query parameters are invalid.  Query Parameters:
        period (str): Time period filter (today, yesterday, 7d, 30d, 90d) - default: 7d.

        Args:
            org (str, path)
            user_id (str, path)
            period (str | Unset, query)

        Returns:
            list[UserSentimentCountView]
        """
        return self._client._send(
            _ai_analytics_orgs_users_sentiment_count_list.OPERATION,
            _ai_analytics_orgs_users_sentiment_count_list.build_request(
                org=org, user_id=user_id, period=period
            ),
            options,
        )


class AiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.sentiment_count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersSentimentCountResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersSentimentCountResource:
    """`AsyncClient.ai_analytics.orgs.users.sentiment_count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        period: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[UserSentimentCountView]:
        """Retrieve user sentiment counts over time.  This endpoint returns data on the number of
        user sentiment entries within a specified time period, aggregated by date.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.     user_id: User identifier.  Returns:     Response: Time series data of
        sentiment counts.  Raises:     NotFound: If the specified organization does not exist.
        ValidationError: If the provided query parameters are invalid.  Query Parameters:
        period (str): Time period filter (today, yesterday, 7d, 30d, 90d) - default: 7d.

        Args:
            org (str, path)
            user_id (str, path)
            period (str | Unset, query)

        Returns:
            list[UserSentimentCountView]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_sentiment_count_list.OPERATION,
            _ai_analytics_orgs_users_sentiment_count_list.build_request(
                org=org, user_id=user_id, period=period
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersSentimentCountResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.sentiment_count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersSentimentCountResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
