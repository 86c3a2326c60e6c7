"""`Client.ai_analytics.orgs.users.topic_statistics`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_topic_statistics_retrieve as _ai_analytics_orgs_users_topic_statistics_retrieve,
)
from ......models.paginated_topic_statistics_response import PaginatedTopicStatisticsResponse
from ......models.topic_statistics import TopicStatistics
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersTopicStatisticsResource",
    "AiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersTopicStatisticsResource",
    "AsyncAiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersTopicStatisticsResource:
    """`Client.ai_analytics.orgs.users.topic_statistics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedTopicStatisticsResponse:
        """Retrieve paginated statistics about topics.  This endpoint returns detailed statistics
        about topics, including: - Number of conversations related to each topic - Total message
        count for each topic - Average sentiment of conversations about each topic - Average
        user rating for conversations about each topic  Results can be filtered by mentor and
        date range, and are paginated.  Args:     request: The HTTP request containing filter
        query parameters.     org: Organization key identifier.  Returns:     Response:
        Paginated list of topic statistics.  Raises:     NotFound: If the specified organization
        or mentor does not exist.     BadRequest: If the provided parameters are invalid.  Query
        Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD).     end_date
        (str): End date for filtering (YYYY-MM-DD).     mentor_id (str): Filter by mentor unique
        ID.     page (int): Page number for pagination - default: 1.     page_size (int): Number
        of results per page - default: 20.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str | Unset, query)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PaginatedTopicStatisticsResponse
        """
        return self._client._send(
            _ai_analytics_orgs_users_topic_statistics_retrieve.OPERATION,
            _ai_analytics_orgs_users_topic_statistics_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                group_by=group_by,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                start_date=start_date,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[TopicStatistics]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _ai_analytics_orgs_users_topic_statistics_retrieve.OPERATION,
            _ai_analytics_orgs_users_topic_statistics_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                group_by=group_by,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                start_date=start_date,
            ),
            _ai_analytics_orgs_users_topic_statistics_retrieve.PAGE,
            options,
        )


class AiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.topic_statistics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersTopicStatisticsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersTopicStatisticsResource:
    """`AsyncClient.ai_analytics.orgs.users.topic_statistics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedTopicStatisticsResponse:
        """Retrieve paginated statistics about topics.  This endpoint returns detailed statistics
        about topics, including: - Number of conversations related to each topic - Total message
        count for each topic - Average sentiment of conversations about each topic - Average
        user rating for conversations about each topic  Results can be filtered by mentor and
        date range, and are paginated.  Args:     request: The HTTP request containing filter
        query parameters.     org: Organization key identifier.  Returns:     Response:
        Paginated list of topic statistics.  Raises:     NotFound: If the specified organization
        or mentor does not exist.     BadRequest: If the provided parameters are invalid.  Query
        Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD).     end_date
        (str): End date for filtering (YYYY-MM-DD).     mentor_id (str): Filter by mentor unique
        ID.     page (int): Page number for pagination - default: 1.     page_size (int): Number
        of results per page - default: 20.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str | Unset, query)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PaginatedTopicStatisticsResponse
        """
        return await self._client._send(
            _ai_analytics_orgs_users_topic_statistics_retrieve.OPERATION,
            _ai_analytics_orgs_users_topic_statistics_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                group_by=group_by,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                start_date=start_date,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[TopicStatistics]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _ai_analytics_orgs_users_topic_statistics_retrieve.OPERATION,
            _ai_analytics_orgs_users_topic_statistics_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                group_by=group_by,
                mentor_id=mentor_id,
                page=page,
                page_size=page_size,
                start_date=start_date,
            ),
            _ai_analytics_orgs_users_topic_statistics_retrieve.PAGE,
            options,
        )


class AsyncAiAnalyticsOrgsUsersTopicStatisticsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.topic_statistics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersTopicStatisticsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
