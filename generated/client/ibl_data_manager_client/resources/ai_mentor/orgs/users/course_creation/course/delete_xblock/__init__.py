"""`Client.ai_mentor.orgs.users.course_creation.course.delete_xblock`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_delete_xblock_create as _ai_mentor_orgs_users_course_creation_course_delete_xblock_create,
)
from ........models.delete_xblock import DeleteXblock
from ........models.xblock_result import XblockResult
from ........types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: DeleteXblock,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        xblock_id: str,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: DeleteXblock | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Delete an xblock from this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (DeleteXblock, request body): Validate input for deleting an xblock.
            Or the body's fields as keywords instead of body=: xblock_id

        Returns:
            XblockResult
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.delete_xblock.create",
            body,
            DeleteXblock,
            ["xblock_id"],
            (("xblock_id", "xblock_id", xblock_id),),
        )
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

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: DeleteXblock,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        xblock_id: str,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: DeleteXblock | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Delete an xblock from this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (DeleteXblock, request body): Validate input for deleting an xblock.
            Or the body's fields as keywords instead of body=: xblock_id

        Returns:
            XblockResult
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.delete_xblock.create",
            body,
            DeleteXblock,
            ["xblock_id"],
            (("xblock_id", "xblock_id", xblock_id),),
        )
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
