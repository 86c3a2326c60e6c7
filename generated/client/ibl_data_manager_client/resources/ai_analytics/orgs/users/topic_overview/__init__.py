"""`Client.ai_analytics.orgs.users.topic_overview`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_topic_overview_retrieve as _ai_analytics_orgs_users_topic_overview_retrieve,
)
from ......models.topic_statistics_response import TopicStatisticsResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersTopicOverviewResource",
    "AiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersTopicOverviewResource",
    "AsyncAiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersTopicOverviewResource:
    """`Client.ai_analytics.orgs.users.topic_overview`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicStatisticsResponse:
        """Retrieve aggregated topic statistics.  This endpoint returns statistical information
        about topics within an organization, including total topics, new topics, and percentage
        changes compared to the previous month. Results can be filtered by mentor.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.  Returns:     Response: Statistical information about topics.  Raises:
        NotFound: If the specified organization or mentor does not exist.  Query Parameters:
        mentor_id (str): Filter statistics by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str | Unset, query)

        Returns:
            TopicStatisticsResponse
        """
        return self._client._send(
            _ai_analytics_orgs_users_topic_overview_retrieve.OPERATION,
            _ai_analytics_orgs_users_topic_overview_retrieve.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )


class AiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.topic_overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersTopicOverviewResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersTopicOverviewResource:
    """`AsyncClient.ai_analytics.orgs.users.topic_overview`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicStatisticsResponse:
        """Retrieve aggregated topic statistics.  This endpoint returns statistical information
        about topics within an organization, including total topics, new topics, and percentage
        changes compared to the previous month. Results can be filtered by mentor.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.  Returns:     Response: Statistical information about topics.  Raises:
        NotFound: If the specified organization or mentor does not exist.  Query Parameters:
        mentor_id (str): Filter statistics by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_id (str | Unset, query)

        Returns:
            TopicStatisticsResponse
        """
        return await self._client._send(
            _ai_analytics_orgs_users_topic_overview_retrieve.OPERATION,
            _ai_analytics_orgs_users_topic_overview_retrieve.build_request(
                org=org, user_id=user_id, mentor_id=mentor_id
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersTopicOverviewResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.topic_overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersTopicOverviewResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
