"""`Client.ai_mentor.orgs.users.tasks`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_tasks_retrieve as _ai_mentor_orgs_users_tasks_retrieve,
)
from ......models.retrieve_task import RetrieveTask

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .sessions import (
        AiMentorOrgsUsersTasksSessionsResource,
        AiMentorOrgsUsersTasksSessionsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersTasksSessionsResource,
        AsyncAiMentorOrgsUsersTasksSessionsResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersTasksResource",
    "AiMentorOrgsUsersTasksResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersTasksResource",
    "AsyncAiMentorOrgsUsersTasksResourceWithRawResponse",
]


class AiMentorOrgsUsersTasksResource:
    """`Client.ai_mentor.orgs.users.tasks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersTasksResourceWithRawResponse(self)

    @cached_property
    def sessions(self) -> AiMentorOrgsUsersTasksSessionsResource:
        from .sessions import AiMentorOrgsUsersTasksSessionsResource

        return AiMentorOrgsUsersTasksSessionsResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        task_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> RetrieveTask:
        """Retrieves the status of a task using its task ID.  Accessible to both tenant admins and
        students.  Returns:      200: task id

        Args:
            org (str, path)
            user_id (str, path)
            task_id (UUID, path)

        Returns:
            RetrieveTask
        """
        return self._client._send(
            _ai_mentor_orgs_users_tasks_retrieve.OPERATION,
            _ai_mentor_orgs_users_tasks_retrieve.build_request(
                org=org, user_id=user_id, task_id=task_id
            ),
            options,
        )


class AiMentorOrgsUsersTasksResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersTasksResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def sessions(self) -> AiMentorOrgsUsersTasksSessionsResourceWithRawResponse:
        from .sessions import AiMentorOrgsUsersTasksSessionsResourceWithRawResponse

        return AiMentorOrgsUsersTasksSessionsResourceWithRawResponse(self._resource.sessions)


class AsyncAiMentorOrgsUsersTasksResource:
    """`AsyncClient.ai_mentor.orgs.users.tasks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersTasksResourceWithRawResponse(self)

    @cached_property
    def sessions(self) -> AsyncAiMentorOrgsUsersTasksSessionsResource:
        from .sessions import AsyncAiMentorOrgsUsersTasksSessionsResource

        return AsyncAiMentorOrgsUsersTasksSessionsResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        task_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> RetrieveTask:
        """Retrieves the status of a task using its task ID.  Accessible to both tenant admins and
        students.  Returns:      200: task id

        Args:
            org (str, path)
            user_id (str, path)
            task_id (UUID, path)

        Returns:
            RetrieveTask
        """
        return await self._client._send(
            _ai_mentor_orgs_users_tasks_retrieve.OPERATION,
            _ai_mentor_orgs_users_tasks_retrieve.build_request(
                org=org, user_id=user_id, task_id=task_id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersTasksResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersTasksResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def sessions(self) -> AsyncAiMentorOrgsUsersTasksSessionsResourceWithRawResponse:
        from .sessions import AsyncAiMentorOrgsUsersTasksSessionsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersTasksSessionsResourceWithRawResponse(self._resource.sessions)
