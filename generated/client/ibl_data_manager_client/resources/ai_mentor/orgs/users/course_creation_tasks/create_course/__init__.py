"""`Client.ai_mentor.orgs.users.course_creation_tasks.create_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_create as _ai_mentor_orgs_users_course_creation_tasks_create_course_create,
)
from .......models.ai_mentor_orgs_users_course_creation_tasks_create_course_create_body import (
    AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2:
    """`Client.ai_mentor.orgs.users.course_creation_tasks.create_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody,
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
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody, request body)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation_tasks.create_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationTasksCreateCourseResource2) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks.create_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody,
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
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody, request body)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2WithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks.create_course`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseResource2
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
