"""`Client.ai_analytics.orgs.users.transcripts`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_transcripts_list as _ai_analytics_orgs_users_transcripts_list,
)
from ......models.conversation_message import ConversationMessage
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersTranscriptsResource",
    "AiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersTranscriptsResource",
    "AsyncAiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersTranscriptsResource:
    """`Client.ai_analytics.orgs.users.transcripts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ConversationMessage]:
        """Retrieve message data from conversations.  This endpoint returns data on messages within
        conversations, with options for filtering by date range, topics, and mentor.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.     user_id: User identifier (not used in the implementation).  Returns:
        Response: A list of conversation message data.  Raises:     NotFound: If the specified
        organization does not exist.     ValidationError: If the provided query parameters are
        invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD).
        end_date (str): End date for filtering (YYYY-MM-DD).     topics (str): Comma-separated
        list of topics to filter by.     mentor (str): Filter by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            mentor (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)

        Returns:
            list[ConversationMessage]
        """
        return self._client._send(
            _ai_analytics_orgs_users_transcripts_list.OPERATION,
            _ai_analytics_orgs_users_transcripts_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                mentor=mentor,
                start_date=start_date,
                topics=topics,
            ),
            options,
        )


class AiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.transcripts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersTranscriptsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersTranscriptsResource:
    """`AsyncClient.ai_analytics.orgs.users.transcripts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ConversationMessage]:
        """Retrieve message data from conversations.  This endpoint returns data on messages within
        conversations, with options for filtering by date range, topics, and mentor.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.     user_id: User identifier (not used in the implementation).  Returns:
        Response: A list of conversation message data.  Raises:     NotFound: If the specified
        organization does not exist.     ValidationError: If the provided query parameters are
        invalid.  Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD).
        end_date (str): End date for filtering (YYYY-MM-DD).     topics (str): Comma-separated
        list of topics to filter by.     mentor (str): Filter by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            mentor (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)

        Returns:
            list[ConversationMessage]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_transcripts_list.OPERATION,
            _ai_analytics_orgs_users_transcripts_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                mentor=mentor,
                start_date=start_date,
                topics=topics,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersTranscriptsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.transcripts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersTranscriptsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
