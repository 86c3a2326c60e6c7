"""`Client.ai_mentor.orgs.users.course_creation.course.create_xblock`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_create_xblock_create as _ai_mentor_orgs_users_course_creation_course_create_xblock_create,
)
from ........models.create_xblock import CreateXblock
from ........models.create_xblock_xblock_type import CreateXblockXblockType
from ........models.xblock_result import XblockResult
from ........types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: CreateXblock,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        parent_xblock_id: str,
        xblock_type: CreateXblockXblockType,
        display_name: str,
        position: str | Unset = UNSET,
        content: str | Unset = UNSET,
        markdown: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: CreateXblock | Unset = UNSET,
        parent_xblock_id: str | Unset = UNSET,
        xblock_type: CreateXblockXblockType | Unset = UNSET,
        display_name: str | Unset = UNSET,
        position: str | Unset = UNSET,
        content: str | Unset = UNSET,
        markdown: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Create a new xblock under a parent within this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (CreateXblock, request body): Validate input for creating an xblock under a
                parent.
            Or the body's fields as keywords instead of body=: parent_xblock_id, xblock_type,
                display_name, position, content, markdown

        Returns:
            XblockResult
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.create_xblock.create",
            body,
            CreateXblock,
            ["parent_xblock_id", "xblock_type", "display_name"],
            (
                ("parent_xblock_id", "parent_xblock_id", parent_xblock_id),
                ("xblock_type", "xblock_type", xblock_type),
                ("display_name", "display_name", display_name),
                ("position", "position", position),
                ("content", "content", content),
                ("markdown", "markdown", markdown),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: CreateXblock,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        parent_xblock_id: str,
        xblock_type: CreateXblockXblockType,
        display_name: str,
        position: str | Unset = UNSET,
        content: str | Unset = UNSET,
        markdown: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: CreateXblock | Unset = UNSET,
        parent_xblock_id: str | Unset = UNSET,
        xblock_type: CreateXblockXblockType | Unset = UNSET,
        display_name: str | Unset = UNSET,
        position: str | Unset = UNSET,
        content: str | Unset = UNSET,
        markdown: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Create a new xblock under a parent within this course.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (CreateXblock, request body): Validate input for creating an xblock under a
                parent.
            Or the body's fields as keywords instead of body=: parent_xblock_id, xblock_type,
                display_name, position, content, markdown

        Returns:
            XblockResult
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.create_xblock.create",
            body,
            CreateXblock,
            ["parent_xblock_id", "xblock_type", "display_name"],
            (
                ("parent_xblock_id", "parent_xblock_id", parent_xblock_id),
                ("xblock_type", "xblock_type", xblock_type),
                ("display_name", "display_name", display_name),
                ("position", "position", position),
                ("content", "content", content),
                ("markdown", "markdown", markdown),
            ),
        )
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
