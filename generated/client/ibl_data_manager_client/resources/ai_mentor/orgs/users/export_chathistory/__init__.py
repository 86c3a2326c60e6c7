"""`Client.ai_mentor.orgs.users.export_chathistory`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_export_chathistory_create as _ai_mentor_orgs_users_export_chathistory_create,
)
from ......models.task_view import TaskView

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersExportChathistoryResource",
    "AiMentorOrgsUsersExportChathistoryResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersExportChathistoryResource",
    "AsyncAiMentorOrgsUsersExportChathistoryResourceWithRawResponse",
]


class AiMentorOrgsUsersExportChathistoryResource:
    """`Client.ai_mentor.orgs.users.export_chathistory`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersExportChathistoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersExportChathistoryResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TaskView:
        """Initiates a background task to export the user's chat history.  Returns:      200: task
        id.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TaskView
        """
        return self._client._send(
            _ai_mentor_orgs_users_export_chathistory_create.OPERATION,
            _ai_mentor_orgs_users_export_chathistory_create.build_request(org=org, user_id=user_id),
            options,
        )


class AiMentorOrgsUsersExportChathistoryResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.export_chathistory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersExportChathistoryResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersExportChathistoryResource:
    """`AsyncClient.ai_mentor.orgs.users.export_chathistory`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersExportChathistoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersExportChathistoryResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> TaskView:
        """Initiates a background task to export the user's chat history.  Returns:      200: task
        id.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            TaskView
        """
        return await self._client._send(
            _ai_mentor_orgs_users_export_chathistory_create.OPERATION,
            _ai_mentor_orgs_users_export_chathistory_create.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiMentorOrgsUsersExportChathistoryResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.export_chathistory`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersExportChathistoryResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
