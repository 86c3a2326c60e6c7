"""`Client.ai_mentor.orgs.users.tasks.sessions`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_tasks_sessions_create as _ai_mentor_orgs_users_tasks_sessions_create,
)
from .......models.task_view import TaskView
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersTasksSessionsResource",
    "AiMentorOrgsUsersTasksSessionsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersTasksSessionsResource",
    "AsyncAiMentorOrgsUsersTasksSessionsResourceWithRawResponse",
]


class AiMentorOrgsUsersTasksSessionsResource:
    """`Client.ai_mentor.orgs.users.tasks.sessions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersTasksSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersTasksSessionsResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        body: TaskView,
        **options: Unpack[RequestOptions],
    ) -> TaskView: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> TaskView: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        body: TaskView | Unset = UNSET,
        task_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TaskView:
        """Export chat history for a session.  Returns:     200: Task ID for the export operation.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            body (TaskView, request body)
            Or the body's fields as keywords instead of body=: task_id

        Returns:
            TaskView
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.tasks.sessions.create",
            body,
            TaskView,
            ["task_id"],
            (("task_id", "task_id", task_id),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_tasks_sessions_create.OPERATION,
            _ai_mentor_orgs_users_tasks_sessions_create.build_request(
                org=org, user_id=user_id, session_id=session_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersTasksSessionsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.tasks.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersTasksSessionsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersTasksSessionsResource:
    """`AsyncClient.ai_mentor.orgs.users.tasks.sessions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersTasksSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersTasksSessionsResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        body: TaskView,
        **options: Unpack[RequestOptions],
    ) -> TaskView: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> TaskView: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        body: TaskView | Unset = UNSET,
        task_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TaskView:
        """Export chat history for a session.  Returns:     200: Task ID for the export operation.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            body (TaskView, request body)
            Or the body's fields as keywords instead of body=: task_id

        Returns:
            TaskView
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.tasks.sessions.create",
            body,
            TaskView,
            ["task_id"],
            (("task_id", "task_id", task_id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_tasks_sessions_create.OPERATION,
            _ai_mentor_orgs_users_tasks_sessions_create.build_request(
                org=org, user_id=user_id, session_id=session_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersTasksSessionsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.tasks.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersTasksSessionsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
