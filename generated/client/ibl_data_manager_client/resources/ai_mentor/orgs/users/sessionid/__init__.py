"""`Client.ai_mentor.orgs.users.sessionid`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_sessionid_list as _ai_mentor_orgs_users_sessionid_list,
)
from ......models.chat_history_session_id import ChatHistorySessionId
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionidResource",
    "AiMentorOrgsUsersSessionidResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionidResource",
    "AsyncAiMentorOrgsUsersSessionidResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionidResource:
    """`Client.ai_mentor.orgs.users.sessionid`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionidResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionidResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ChatHistorySessionId]:
        """Retrieve user sessions filtered by start date and end date.  Query Parameters:
        start_date (optional, ISO format): Start date for filtering sessions.     end_date
        (optional, ISO format): End date for filtering sessions.  Returns:     - 200: List of
        session IDs with insertion timestamps.     - 400: Invalid request parameters.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str | Unset, query)
            start_date (str | Unset, query)

        Returns:
            list[ChatHistorySessionId]
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessionid_list.OPERATION,
            _ai_mentor_orgs_users_sessionid_list.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AiMentorOrgsUsersSessionidResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessionid`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionidResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiMentorOrgsUsersSessionidResource:
    """`AsyncClient.ai_mentor.orgs.users.sessionid`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionidResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionidResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[ChatHistorySessionId]:
        """Retrieve user sessions filtered by start date and end date.  Query Parameters:
        start_date (optional, ISO format): Start date for filtering sessions.     end_date
        (optional, ISO format): End date for filtering sessions.  Returns:     - 200: List of
        session IDs with insertion timestamps.     - 400: Invalid request parameters.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str | Unset, query)
            start_date (str | Unset, query)

        Returns:
            list[ChatHistorySessionId]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessionid_list.OPERATION,
            _ai_mentor_orgs_users_sessionid_list.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionidResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessionid`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionidResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
