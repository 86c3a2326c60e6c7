"""`Client.ai_mentor.orgs.users.course_creation_tasks.create_course_outline`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create as _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve as _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve,
)
from .......models.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_body import (
    AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2:
    """`Client.ai_mentor.orgs.users.course_creation_tasks.create_course_outline`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody, request
                body)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation_tasks.create_course_outline`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks.create_course_outline`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse(
            self
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody, request
                body)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2WithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation_tasks.create_course_outline`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource2
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
