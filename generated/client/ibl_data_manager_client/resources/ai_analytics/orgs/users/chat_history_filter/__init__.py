"""`Client.ai_analytics.orgs.users.chat_history_filter`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_chat_history_filter_retrieve as _ai_analytics_orgs_users_chat_history_filter_retrieve,
)
from ......models.chat_history_filter_data import ChatHistoryFilterData
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersChatHistoryFilterResource",
    "AiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersChatHistoryFilterResource",
    "AsyncAiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersChatHistoryFilterResource:
    """`Client.ai_analytics.orgs.users.chat_history_filter`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        monthly_range: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatHistoryFilterData:
        """Retrieve filter options for chat message history.  This endpoint returns data on
        available filter options for the chat message history endpoint, including topics, date
        ranges (weekly or monthly), sentiments, and users who have chat history.  Args:
        request: The HTTP request containing query parameters.     org: Organization key
        identifier.  Returns:     Response: Available filter options for chat message history.
        Raises:     NotFound: If the specified organization does not exist.  Query Parameters:
        monthly_range (bool): Whether to return monthly or weekly date ranges.     mentor_id
        (str): Filter users by those who have chatted with a specific mentor.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            mentor_id (UUID | Unset, query)
            monthly_range (bool | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            ChatHistoryFilterData
        """
        return self._client._send(
            _ai_analytics_orgs_users_chat_history_filter_retrieve.OPERATION,
            _ai_analytics_orgs_users_chat_history_filter_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                mentor_id=mentor_id,
                monthly_range=monthly_range,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.chat_history_filter`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersChatHistoryFilterResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersChatHistoryFilterResource:
    """`AsyncClient.ai_analytics.orgs.users.chat_history_filter`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        mentor_id: UUID | Unset = UNSET,
        monthly_range: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatHistoryFilterData:
        """Retrieve filter options for chat message history.  This endpoint returns data on
        available filter options for the chat message history endpoint, including topics, date
        ranges (weekly or monthly), sentiments, and users who have chat history.  Args:
        request: The HTTP request containing query parameters.     org: Organization key
        identifier.  Returns:     Response: Available filter options for chat message history.
        Raises:     NotFound: If the specified organization does not exist.  Query Parameters:
        monthly_range (bool): Whether to return monthly or weekly date ranges.     mentor_id
        (str): Filter users by those who have chatted with a specific mentor.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            mentor_id (UUID | Unset, query)
            monthly_range (bool | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            ChatHistoryFilterData
        """
        return await self._client._send(
            _ai_analytics_orgs_users_chat_history_filter_retrieve.OPERATION,
            _ai_analytics_orgs_users_chat_history_filter_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                mentor_id=mentor_id,
                monthly_range=monthly_range,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersChatHistoryFilterResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.chat_history_filter`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersChatHistoryFilterResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
