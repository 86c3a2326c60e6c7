"""`Client.ai_analytics.orgs.users.conversation_summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_conversation_summary_retrieve as _ai_analytics_orgs_users_conversation_summary_retrieve,
)
from ......models.conversation_summary import ConversationSummary
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersConversationSummaryResource",
    "AiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersConversationSummaryResource",
    "AsyncAiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersConversationSummaryResource:
    """`Client.ai_analytics.orgs.users.conversation_summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationSummary:
        """Retrieve a summary of conversation metrics.  This endpoint returns aggregated metrics
        about conversations within an organization, including: - Total number of conversations -
        Total number of human messages - Total number of AI messages  Results can be filtered by
        mentor.  Args:     request: The HTTP request containing filter query parameters.
        org: Organization key identifier.  Returns:     Response: Summary of conversation
        metrics.  Raises:     NotFound: If the specified organization does not exist.  Query
        Parameters:     mentor_id (str): Filter by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            ConversationSummary
        """
        return self._client._send(
            _ai_analytics_orgs_users_conversation_summary_retrieve.OPERATION,
            _ai_analytics_orgs_users_conversation_summary_retrieve.build_request(
                org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
            ),
            options,
        )


class AiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.conversation_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersConversationSummaryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersConversationSummaryResource:
    """`AsyncClient.ai_analytics.orgs.users.conversation_summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationSummary:
        """Retrieve a summary of conversation metrics.  This endpoint returns aggregated metrics
        about conversations within an organization, including: - Total number of conversations -
        Total number of human messages - Total number of AI messages  Results can be filtered by
        mentor.  Args:     request: The HTTP request containing filter query parameters.
        org: Organization key identifier.  Returns:     Response: Summary of conversation
        metrics.  Raises:     NotFound: If the specified organization does not exist.  Query
        Parameters:     mentor_id (str): Filter by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            ConversationSummary
        """
        return await self._client._send(
            _ai_analytics_orgs_users_conversation_summary_retrieve.OPERATION,
            _ai_analytics_orgs_users_conversation_summary_retrieve.build_request(
                org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersConversationSummaryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.conversation_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersConversationSummaryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
