"""`Client.ai_mentor.orgs.users.course_creation_tasks.cancel`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve as _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve,
)
from .......models.course_creation_task import CourseCreationTask

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksCancelResource2",
    "AiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksCancelResource2:
    """`Client.ai_mentor.orgs.users.course_creation_tasks.cancel`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse(self)

    def retrieve(
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
            _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation_tasks.cancel`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksCancelResource2) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks.cancel`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse(self)

    async def retrieve(
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
            _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2WithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks.cancel`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksCancelResource2) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
