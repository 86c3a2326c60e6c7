"""`Client.ai_mentor.orgs.users.recent_messages`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_recent_messages_list as _ai_mentor_orgs_users_recent_messages_list,
)
from ......models.session_summary import SessionSummary
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersRecentMessagesResource",
    "AiMentorOrgsUsersRecentMessagesResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersRecentMessagesResource",
    "AsyncAiMentorOrgsUsersRecentMessagesResourceWithRawResponse",
]


class AiMentorOrgsUsersRecentMessagesResource:
    """`Client.ai_mentor.orgs.users.recent_messages`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersRecentMessagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersRecentMessagesResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SessionSummary]:
        """Get recent chat sessions of a user within an organization.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str | Unset, query)

        Returns:
            list[SessionSummary]
        """
        return self._client._send(
            _ai_mentor_orgs_users_recent_messages_list.OPERATION,
            _ai_mentor_orgs_users_recent_messages_list.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AiMentorOrgsUsersRecentMessagesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.recent_messages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersRecentMessagesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersRecentMessagesResource:
    """`AsyncClient.ai_mentor.orgs.users.recent_messages`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersRecentMessagesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersRecentMessagesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        mentor: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SessionSummary]:
        """Get recent chat sessions of a user within an organization.

        Args:
            org (str, path)
            user_id (str, path)
            mentor (str | Unset, query)

        Returns:
            list[SessionSummary]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_recent_messages_list.OPERATION,
            _ai_mentor_orgs_users_recent_messages_list.build_request(
                org=org, user_id=user_id, mentor=mentor
            ),
            options,
        )


class AsyncAiMentorOrgsUsersRecentMessagesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.recent_messages`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersRecentMessagesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
