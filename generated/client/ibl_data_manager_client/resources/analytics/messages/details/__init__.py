"""`Client.analytics.messages.details`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    analytics_messages_details_retrieve as _analytics_messages_details_retrieve,
)
from .....models.conversation_detail_response import ConversationDetailResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsMessagesDetailsResource",
    "AnalyticsMessagesDetailsResourceWithRawResponse",
    "AsyncAnalyticsMessagesDetailsResource",
    "AsyncAnalyticsMessagesDetailsResourceWithRawResponse",
]


class AnalyticsMessagesDetailsResource:
    """`Client.analytics.messages.details`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsMessagesDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsMessagesDetailsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        session_id: str,
        end_date: datetime.date | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationDetailResponse:
        """Conversation detail endpoint for analytics.  Query params: - session_id (required): UUID
        of the session to fetch - platform_key, mentor_unique_id (optional): further scope -
        start_date, end_date (optional): date filter on message timestamps  Returns: summary
        metadata from conversation_list MV, and a list of human/ai message pairs in
        chronological order.

        Args:
            session_id (str, query)
            end_date (datetime.date | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ConversationDetailResponse
        """
        return self._client._send(
            _analytics_messages_details_retrieve.OPERATION,
            _analytics_messages_details_retrieve.build_request(
                session_id=session_id,
                end_date=end_date,
                mentor_unique_id=mentor_unique_id,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsMessagesDetailsResourceWithRawResponse:
    """`Client.analytics.messages.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsMessagesDetailsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsMessagesDetailsResource:
    """`AsyncClient.analytics.messages.details`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsMessagesDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsMessagesDetailsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        session_id: str,
        end_date: datetime.date | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationDetailResponse:
        """Conversation detail endpoint for analytics.  Query params: - session_id (required): UUID
        of the session to fetch - platform_key, mentor_unique_id (optional): further scope -
        start_date, end_date (optional): date filter on message timestamps  Returns: summary
        metadata from conversation_list MV, and a list of human/ai message pairs in
        chronological order.

        Args:
            session_id (str, query)
            end_date (datetime.date | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ConversationDetailResponse
        """
        return await self._client._send(
            _analytics_messages_details_retrieve.OPERATION,
            _analytics_messages_details_retrieve.build_request(
                session_id=session_id,
                end_date=end_date,
                mentor_unique_id=mentor_unique_id,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsMessagesDetailsResourceWithRawResponse:
    """`AsyncClient.analytics.messages.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsMessagesDetailsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
