"""`Client.ai_mentor.orgs.users.course_creation_tasks.start`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_start_retrieve as _ai_mentor_orgs_users_course_creation_tasks_start_retrieve,
)
from .......models.course_creation_task import CourseCreationTask

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksStartResource2",
    "AiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2",
    "AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksStartResource2:
    """`Client.ai_mentor.orgs.users.course_creation_tasks.start`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask:
        """Kick start the course creation task. This endpoint should be called once the files for a
        course creation task has been successfully uploaded.  ** Conditions Required **: - The
        course creation task must be in a pending state or failed state.  ** Response **: - 200:
        The course creation task is successfully started. - 400: The course creation task is not
        in a pending state.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CourseCreationTask
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_start_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_start_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation_tasks.start`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksStartResource2) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks.start`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask:
        """Kick start the course creation task. This endpoint should be called once the files for a
        course creation task has been successfully uploaded.  ** Conditions Required **: - The
        course creation task must be in a pending state or failed state.  ** Response **: - 200:
        The course creation task is successfully started. - 400: The course creation task is not
        in a pending state.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CourseCreationTask
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_start_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_start_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2WithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks.start`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksStartResource2) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
