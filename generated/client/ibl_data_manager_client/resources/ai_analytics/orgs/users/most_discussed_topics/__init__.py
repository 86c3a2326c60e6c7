"""`Client.ai_analytics.orgs.users.most_discussed_topics`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_most_discussed_topics_list as _ai_analytics_orgs_users_most_discussed_topics_list,
)
from ......models.topic_record import TopicRecord
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersMostDiscussedTopicsResource",
    "AiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResource",
    "AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersMostDiscussedTopicsResource:
    """`Client.ai_analytics.orgs.users.most_discussed_topics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse(self)

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
    ) -> list[TopicRecord]:
        """Retrieve the most discussed topics over time.  This endpoint returns data on the
        frequency of topics discussed in conversations within a specified date range, with
        options for filtering by mentor and aggregating by different time periods (hourly,
        daily, weekly).  Args:     request: The HTTP request containing filter query parameters.
        org: Organization key identifier.  Returns:     Response: List of topics with their
        conversation counts, ordered by frequency.  Raises:     NotFound: If the specified
        organization does not exist.     BadRequest: If the provided parameters are invalid.
        Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) -
        required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.
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
            list[TopicRecord]
        """
        return self._client._send(
            _ai_analytics_orgs_users_most_discussed_topics_list.OPERATION,
            _ai_analytics_orgs_users_most_discussed_topics_list.build_request(
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


class AiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.most_discussed_topics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersMostDiscussedTopicsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResource:
    """`AsyncClient.ai_analytics.orgs.users.most_discussed_topics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse(self)

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
    ) -> list[TopicRecord]:
        """Retrieve the most discussed topics over time.  This endpoint returns data on the
        frequency of topics discussed in conversations within a specified date range, with
        options for filtering by mentor and aggregating by different time periods (hourly,
        daily, weekly).  Args:     request: The HTTP request containing filter query parameters.
        org: Organization key identifier.  Returns:     Response: List of topics with their
        conversation counts, ordered by frequency.  Raises:     NotFound: If the specified
        organization does not exist.     BadRequest: If the provided parameters are invalid.
        Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) -
        required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.
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
            list[TopicRecord]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_most_discussed_topics_list.OPERATION,
            _ai_analytics_orgs_users_most_discussed_topics_list.build_request(
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


class AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.most_discussed_topics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersMostDiscussedTopicsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
