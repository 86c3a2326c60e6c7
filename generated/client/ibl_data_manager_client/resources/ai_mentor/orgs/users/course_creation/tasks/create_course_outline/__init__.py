"""`Client.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2 as _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2,
)
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2 as _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2,
)
from ........models.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2_body import (
    AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource",
    "AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource",
    "AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse(self)

    def retrieve_2(
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
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body, request
                body)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource
    ) -> None:
        self._resource = resource
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse(
            self
        )

    async def retrieve_2(
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
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )

    async def create_2(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate a course outline synchronously.  Creates the course outline via LLM and pushes
        it to EdX.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body, request
                body)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2.OPERATION,
            _ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.tasks.create_course_outline`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineResource
    ) -> None:
        self._resource = resource
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
