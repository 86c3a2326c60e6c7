"""`Client.ai_mentor.orgs.users.course_creation.tasks.cancel`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2 as _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2,
)
from ........models.course_creation_task import CourseCreationTask

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksCancelResource",
    "AiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksCancelResource:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.cancel`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse(self)

    def retrieve_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask:
        """Cancel a course creation task run. ** Conditions Required **: The task must be running
        or pending. ** Response **: - 200: The course creation task is successfully cancelled. -
        400: The course creation task is not in a running or pending state.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CourseCreationTask
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.cancel`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksCancelResource) -> None:
        self._resource = resource
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.cancel`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse(self)

    async def retrieve_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> CourseCreationTask:
        """Cancel a course creation task run. ** Conditions Required **: The task must be running
        or pending. ** Response **: - 200: The course creation task is successfully cancelled. -
        400: The course creation task is not in a running or pending state.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            CourseCreationTask
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksCancelResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.cancel`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource) -> None:
        self._resource = resource
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
