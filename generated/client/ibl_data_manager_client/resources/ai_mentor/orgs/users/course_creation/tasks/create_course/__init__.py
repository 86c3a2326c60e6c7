"""`Client.ai_mentor.orgs.users.course_creation.tasks.create_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_create_2 as _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2,
)
from ........models.ai_mentor_orgs_users_course_creation_tasks_create_course_create_2_body import (
    AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseResource",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksCreateCourseResource:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.create_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse(self)

    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a blank course on EdX and trigger background settings update.  Creates the course
        on EdX synchronously. If successful, schedules a background task to generate and apply
        course settings and images via AI.  Returns immediately after course creation —
        settings/images are applied asynchronously.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body, request body)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.create_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksCreateCourseResource) -> None:
        self._resource = resource
        self.create_2 = to_raw_response(resource.create_2)


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.create_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse(self)

    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a blank course on EdX and trigger background settings update.  Creates the course
        on EdX synchronously. If successful, schedules a background task to generate and apply
        course settings and images via AI.  Returns immediately after course creation —
        settings/images are applied asynchronously.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body, request body)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create_2.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.create_course`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource
    ) -> None:
        self._resource = resource
        self.create_2 = async_to_raw_response(resource.create_2)
