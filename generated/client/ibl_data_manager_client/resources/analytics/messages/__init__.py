"""`Client.analytics.messages`: 1 operation and 1 sub-resource."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import analytics_messages_retrieve as _analytics_messages_retrieve
from ....models.analytics_messages_retrieve_sentiment import AnalyticsMessagesRetrieveSentiment
from ....models.conversation_list_response import ConversationListResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .details import (
        AnalyticsMessagesDetailsResource,
        AnalyticsMessagesDetailsResourceWithRawResponse,
        AsyncAnalyticsMessagesDetailsResource,
        AsyncAnalyticsMessagesDetailsResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsMessagesResource",
    "AnalyticsMessagesResourceWithRawResponse",
    "AsyncAnalyticsMessagesResource",
    "AsyncAnalyticsMessagesResourceWithRawResponse",
]


class AnalyticsMessagesResource:
    """`Client.analytics.messages`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsMessagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsMessagesResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AnalyticsMessagesDetailsResource:
        from .details import AnalyticsMessagesDetailsResource

        return AnalyticsMessagesDetailsResource(self._client)

    def retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_messages: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        min_messages: int | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sentiment: AnalyticsMessagesRetrieveSentiment | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topic: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationListResponse:
        """Conversation list endpoint for analytics.  Query params (all optional unless specified
        by permissions): - platform_key: filter by platform - mentor_unique_id: filter by mentor
        - page: page number (default 1) - limit: page size (default 20, max 100) - search:
        search in user name and first user message - min_messages, max_messages: message_count
        range - sentiment: positive|negative|neutral - topic: topic name contains - start_date,
        end_date: date filter on conversation date  Returns: summary totals, results list
        (paginated), and pagination metadata.

        Args:
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            max_messages (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            min_messages (int | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            sentiment (AnalyticsMessagesRetrieveSentiment | Unset, query)
            start_date (datetime.date | Unset, query)
            topic (str | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ConversationListResponse
        """
        return self._client._send(
            _analytics_messages_retrieve.OPERATION,
            _analytics_messages_retrieve.build_request(
                end_date=end_date,
                limit=limit,
                max_messages=max_messages,
                mentor_unique_id=mentor_unique_id,
                min_messages=min_messages,
                page=page,
                platform_key=platform_key,
                search=search,
                sentiment=sentiment,
                start_date=start_date,
                topic=topic,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsMessagesResourceWithRawResponse:
    """`Client.analytics.messages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsMessagesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def details(self) -> AnalyticsMessagesDetailsResourceWithRawResponse:
        from .details import AnalyticsMessagesDetailsResourceWithRawResponse

        return AnalyticsMessagesDetailsResourceWithRawResponse(self._resource.details)


class AsyncAnalyticsMessagesResource:
    """`AsyncClient.analytics.messages`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsMessagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsMessagesResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AsyncAnalyticsMessagesDetailsResource:
        from .details import AsyncAnalyticsMessagesDetailsResource

        return AsyncAnalyticsMessagesDetailsResource(self._client)

    async def retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_messages: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        min_messages: int | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sentiment: AnalyticsMessagesRetrieveSentiment | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topic: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationListResponse:
        """Conversation list endpoint for analytics.  Query params (all optional unless specified
        by permissions): - platform_key: filter by platform - mentor_unique_id: filter by mentor
        - page: page number (default 1) - limit: page size (default 20, max 100) - search:
        search in user name and first user message - min_messages, max_messages: message_count
        range - sentiment: positive|negative|neutral - topic: topic name contains - start_date,
        end_date: date filter on conversation date  Returns: summary totals, results list
        (paginated), and pagination metadata.

        Args:
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            max_messages (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            min_messages (int | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            sentiment (AnalyticsMessagesRetrieveSentiment | Unset, query)
            start_date (datetime.date | Unset, query)
            topic (str | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ConversationListResponse
        """
        return await self._client._send(
            _analytics_messages_retrieve.OPERATION,
            _analytics_messages_retrieve.build_request(
                end_date=end_date,
                limit=limit,
                max_messages=max_messages,
                mentor_unique_id=mentor_unique_id,
                min_messages=min_messages,
                page=page,
                platform_key=platform_key,
                search=search,
                sentiment=sentiment,
                start_date=start_date,
                topic=topic,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsMessagesResourceWithRawResponse:
    """`AsyncClient.analytics.messages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsMessagesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def details(self) -> AsyncAnalyticsMessagesDetailsResourceWithRawResponse:
        from .details import AsyncAnalyticsMessagesDetailsResourceWithRawResponse

        return AsyncAnalyticsMessagesDetailsResourceWithRawResponse(self._resource.details)
