"""`Client.ai_mentor.orgs.users.course_creation.tasks.start`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2 as _ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2,
)
from ........models.course_creation_task import CourseCreationTask

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksStartResource",
    "AiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksStartResource",
    "AsyncAiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksStartResource:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.start`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse(self)

    def retrieve_2(
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
            _ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.start`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksStartResource) -> None:
        self._resource = resource
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncAiMentorOrgsUsersCourseCreationTasksStartResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.start`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse(self)

    async def retrieve_2(
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
            _ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksStartResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.start`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksStartResource) -> None:
        self._resource = resource
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
