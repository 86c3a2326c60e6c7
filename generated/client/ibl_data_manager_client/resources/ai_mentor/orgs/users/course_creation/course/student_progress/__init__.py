"""`Client.ai_mentor.orgs.users.course_creation.course.student_progress`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_student_progress_retrieve as _ai_mentor_orgs_users_course_creation_course_student_progress_retrieve,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseStudentProgressResource",
    "AiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseStudentProgressResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.student_progress`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        target_username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Fetch a student's completion progress for this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            target_username (str, query)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_student_progress_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_student_progress_retrieve.build_request(
                org=org, user_id=user_id, id=id, target_username=target_username
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.student_progress`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersCourseCreationCourseStudentProgressResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.student_progress`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse(
            self
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        target_username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Fetch a student's completion progress for this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            target_username (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_student_progress_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_student_progress_retrieve.build_request(
                org=org, user_id=user_id, id=id, target_username=target_username
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.student_progress`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseStudentProgressResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
