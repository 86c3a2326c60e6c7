"""`Client.ai_analytics.orgs.users.topics.summary`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_orgs_users_topics_summary_list as _ai_analytics_orgs_users_topics_summary_list,
)
from .......models.topic_summary_view import TopicSummaryView
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersTopicsSummaryResource",
    "AiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersTopicsSummaryResource",
    "AsyncAiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersTopicsSummaryResource:
    """`Client.ai_analytics.orgs.users.topics.summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[TopicSummaryView]:
        """Retrieve a summary of the most frequent topics.  This endpoint returns a summary of the
        top 10 topics discussed in chat sessions, ordered by conversation count. Results can be
        filtered by mentor and date range.  Args:     request: The HTTP request containing
        filter query parameters.     org: Organization key identifier.  Returns:     Response: A
        list of the top 10 topics with their conversation counts.  Raises:     NotFound: If the
        specified organization does not exist.     BadRequest: If the provided date format is
        invalid.  Query Parameters:     mentor_id (str): Filter by mentor unique ID.
        start_date (str): Start date for filtering (YYYY-MM-DD).     end_date (str): End date
        for filtering (YYYY-MM-DD).

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            list[TopicSummaryView]
        """
        return self._client._send(
            _ai_analytics_orgs_users_topics_summary_list.OPERATION,
            _ai_analytics_orgs_users_topics_summary_list.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.topics.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersTopicsSummaryResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersTopicsSummaryResource:
    """`AsyncClient.ai_analytics.orgs.users.topics.summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[TopicSummaryView]:
        """Retrieve a summary of the most frequent topics.  This endpoint returns a summary of the
        top 10 topics discussed in chat sessions, ordered by conversation count. Results can be
        filtered by mentor and date range.  Args:     request: The HTTP request containing
        filter query parameters.     org: Organization key identifier.  Returns:     Response: A
        list of the top 10 topics with their conversation counts.  Raises:     NotFound: If the
        specified organization does not exist.     BadRequest: If the provided date format is
        invalid.  Query Parameters:     mentor_id (str): Filter by mentor unique ID.
        start_date (str): Start date for filtering (YYYY-MM-DD).     end_date (str): End date
        for filtering (YYYY-MM-DD).

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            list[TopicSummaryView]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_topics_summary_list.OPERATION,
            _ai_analytics_orgs_users_topics_summary_list.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersTopicsSummaryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.topics.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersTopicsSummaryResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
