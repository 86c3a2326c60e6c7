"""`Client.ai_mentor.orgs.users.course_creation.course.delete_xblock`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_delete_xblock_create as _ai_mentor_orgs_users_course_creation_course_delete_xblock_create,
)
from ........models.delete_xblock import DeleteXblock
from ........models.xblock_result import XblockResult

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseDeleteXblockResource",
    "AiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseDeleteXblockResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.delete_xblock`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: DeleteXblock,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Delete an xblock from this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (DeleteXblock, request body): Validate input for deleting an xblock.

        Returns:
            XblockResult
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_delete_xblock_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_delete_xblock_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.delete_xblock`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationCourseDeleteXblockResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.delete_xblock`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: DeleteXblock,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Delete an xblock from this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (DeleteXblock, request body): Validate input for deleting an xblock.

        Returns:
            XblockResult
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_delete_xblock_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_delete_xblock_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.delete_xblock`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseDeleteXblockResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
