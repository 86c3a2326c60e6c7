"""`Client.ai_mentor.orgs.users.downloads.tasks`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_downloads_tasks_retrieve as _ai_mentor_orgs_users_downloads_tasks_retrieve,
)
from .......models.chat_history_item import ChatHistoryItem
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersDownloadsTasksResource",
    "AiMentorOrgsUsersDownloadsTasksResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersDownloadsTasksResource",
    "AsyncAiMentorOrgsUsersDownloadsTasksResourceWithRawResponse",
]


class AiMentorOrgsUsersDownloadsTasksResource:
    """`Client.ai_mentor.orgs.users.downloads.tasks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersDownloadsTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersDownloadsTasksResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        task_id: UUID,
        to_csv: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatHistoryItem:
        """Retrieves the chat history for a user if the export task is ready.  This Endpoint to
        download user chathistory.  Accessible to tenant admins and students.  Returns:
        200: When task is not ready.      200: chat history object      400: When data is not
        valid.

        Args:
            org (str, path)
            user_id (str, path)
            task_id (UUID, path)
            to_csv (bool | Unset, query)

        Returns:
            ChatHistoryItem
        """
        return self._client._send(
            _ai_mentor_orgs_users_downloads_tasks_retrieve.OPERATION,
            _ai_mentor_orgs_users_downloads_tasks_retrieve.build_request(
                org=org, user_id=user_id, task_id=task_id, to_csv=to_csv
            ),
            options,
        )


class AiMentorOrgsUsersDownloadsTasksResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.downloads.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersDownloadsTasksResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersDownloadsTasksResource:
    """`AsyncClient.ai_mentor.orgs.users.downloads.tasks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersDownloadsTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersDownloadsTasksResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        task_id: UUID,
        to_csv: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatHistoryItem:
        """Retrieves the chat history for a user if the export task is ready.  This Endpoint to
        download user chathistory.  Accessible to tenant admins and students.  Returns:
        200: When task is not ready.      200: chat history object      400: When data is not
        valid.

        Args:
            org (str, path)
            user_id (str, path)
            task_id (UUID, path)
            to_csv (bool | Unset, query)

        Returns:
            ChatHistoryItem
        """
        return await self._client._send(
            _ai_mentor_orgs_users_downloads_tasks_retrieve.OPERATION,
            _ai_mentor_orgs_users_downloads_tasks_retrieve.build_request(
                org=org, user_id=user_id, task_id=task_id, to_csv=to_csv
            ),
            options,
        )


class AsyncAiMentorOrgsUsersDownloadsTasksResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.downloads.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersDownloadsTasksResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
