"""`Client.ai_mentor.orgs.users.course_creation.course.create_xblock`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_create_xblock_create as _ai_mentor_orgs_users_course_creation_course_create_xblock_create,
)
from ........models.create_xblock import CreateXblock
from ........models.xblock_result import XblockResult

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseCreateXblockResource",
    "AiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseCreateXblockResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.create_xblock`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: CreateXblock,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Create a new xblock under a parent within this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (CreateXblock, request body): Validate input for creating an xblock under a
                parent.

        Returns:
            XblockResult
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_create_xblock_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_create_xblock_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.create_xblock`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationCourseCreateXblockResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.create_xblock`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: CreateXblock,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Create a new xblock under a parent within this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (CreateXblock, request body): Validate input for creating an xblock under a
                parent.

        Returns:
            XblockResult
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_create_xblock_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_create_xblock_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.create_xblock`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseCreateXblockResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
