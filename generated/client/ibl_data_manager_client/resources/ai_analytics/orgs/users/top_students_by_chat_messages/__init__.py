"""`Client.ai_analytics.orgs.users.top_students_by_chat_messages`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_top_students_by_chat_messages_list as _ai_analytics_orgs_users_top_students_by_chat_messages_list,
)
from ......models.student_chat_message import StudentChatMessage
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersTopStudentsByChatMessagesResource",
    "AiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResource",
    "AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersTopStudentsByChatMessagesResource:
    """`Client.ai_analytics.orgs.users.top_students_by_chat_messages`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[StudentChatMessage]:
        """Retrieve the most engaged students based on chat message count.  This endpoint returns
        data on the top 20 students with the highest number of chat messages, with optional
        filtering by mentor and date range.  Args:     request: The HTTP request containing
        filter query parameters.     org: Organization key identifier.     user_id: User
        identifier (not used in the implementation).  Returns:     Response: List of top
        students with their chat message counts.  Raises:     NotFound: If the specified
        organization does not exist.     BadRequest: If the provided parameters are invalid.
        Query Parameters:     mentor_id (str): Filter by mentor unique ID.     start_date (str):
        Start date for filtering (YYYY-MM-DD).     end_date (str): End date for filtering
        (YYYY-MM-DD).

        Args:
            org (str, path)
            user_id (str, path)
            group_by (str | Unset, query)

        Returns:
            list[StudentChatMessage]
        """
        return self._client._send(
            _ai_analytics_orgs_users_top_students_by_chat_messages_list.OPERATION,
            _ai_analytics_orgs_users_top_students_by_chat_messages_list.build_request(
                org=org, user_id=user_id, group_by=group_by
            ),
            options,
        )


class AiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.top_students_by_chat_messages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersTopStudentsByChatMessagesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResource:
    """`AsyncClient.ai_analytics.orgs.users.top_students_by_chat_messages`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[StudentChatMessage]:
        """Retrieve the most engaged students based on chat message count.  This endpoint returns
        data on the top 20 students with the highest number of chat messages, with optional
        filtering by mentor and date range.  Args:     request: The HTTP request containing
        filter query parameters.     org: Organization key identifier.     user_id: User
        identifier (not used in the implementation).  Returns:     Response: List of top
        students with their chat message counts.  Raises:     NotFound: If the specified
        organization does not exist.     BadRequest: If the provided parameters are invalid.
        Query Parameters:     mentor_id (str): Filter by mentor unique ID.     start_date (str):
        Start date for filtering (YYYY-MM-DD).     end_date (str): End date for filtering
        (YYYY-MM-DD).

        Args:
            org (str, path)
            user_id (str, path)
            group_by (str | Unset, query)

        Returns:
            list[StudentChatMessage]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_top_students_by_chat_messages_list.OPERATION,
            _ai_analytics_orgs_users_top_students_by_chat_messages_list.build_request(
                org=org, user_id=user_id, group_by=group_by
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.top_students_by_chat_messages`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsOrgsUsersTopStudentsByChatMessagesResource
    ) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
