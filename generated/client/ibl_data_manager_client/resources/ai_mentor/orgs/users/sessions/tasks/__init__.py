"""`Client.ai_mentor.orgs.users.sessions.tasks`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_tasks_retrieve as _ai_mentor_orgs_users_sessions_tasks_retrieve,
)
from .......models.chat_history_item import ChatHistoryItem
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersSessionsTasksResource",
    "AiMentorOrgsUsersSessionsTasksResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsTasksResource",
    "AsyncAiMentorOrgsUsersSessionsTasksResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsTasksResource:
    """`Client.ai_mentor.orgs.users.sessions.tasks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionsTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsTasksResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        task_id: UUID,
        to_csv: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatHistoryItem:
        """Retrieves the chat history for a given session if the export task is ready.  Returns:
        200: When task is not ready.      200: chat history object      400: When data is not
        valid.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            task_id (UUID, path)
            to_csv (bool | Unset, query)

        Returns:
            ChatHistoryItem
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_tasks_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_tasks_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id, task_id=task_id, to_csv=to_csv
            ),
            options,
        )


class AiMentorOrgsUsersSessionsTasksResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsTasksResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersSessionsTasksResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions.tasks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionsTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsTasksResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        task_id: UUID,
        to_csv: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatHistoryItem:
        """Retrieves the chat history for a given session if the export task is ready.  Returns:
        200: When task is not ready.      200: chat history object      400: When data is not
        valid.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            task_id (UUID, path)
            to_csv (bool | Unset, query)

        Returns:
            ChatHistoryItem
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_tasks_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_tasks_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id, task_id=task_id, to_csv=to_csv
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsTasksResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsTasksResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
