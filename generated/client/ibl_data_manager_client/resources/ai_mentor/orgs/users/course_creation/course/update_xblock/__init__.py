"""`Client.ai_mentor.orgs.users.course_creation.course.update_xblock`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_update_xblock_create as _ai_mentor_orgs_users_course_creation_course_update_xblock_create,
)
from ........models.update_xblock import UpdateXblock
from ........models.xblock_result import XblockResult
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseUpdateXblockResource",
    "AiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseUpdateXblockResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.update_xblock`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: UpdateXblock,
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
        display_name: str | Unset = UNSET,
        content: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: UpdateXblock | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        content: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Update an xblock's display name and/or content.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (UpdateXblock, request body): Validate input for updating an xblock.
            Or the body's fields as keywords instead of body=: xblock_id, display_name, content

        Returns:
            XblockResult
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.update_xblock.create",
            body,
            UpdateXblock,
            ["xblock_id"],
            (
                ("xblock_id", "xblock_id", xblock_id),
                ("display_name", "display_name", display_name),
                ("content", "content", content),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_update_xblock_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_update_xblock_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.update_xblock`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationCourseUpdateXblockResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.update_xblock`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: UpdateXblock,
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
        display_name: str | Unset = UNSET,
        content: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: UpdateXblock | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        content: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Update an xblock's display name and/or content.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (UpdateXblock, request body): Validate input for updating an xblock.
            Or the body's fields as keywords instead of body=: xblock_id, display_name, content

        Returns:
            XblockResult
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.update_xblock.create",
            body,
            UpdateXblock,
            ["xblock_id"],
            (
                ("xblock_id", "xblock_id", xblock_id),
                ("display_name", "display_name", display_name),
                ("content", "content", content),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_update_xblock_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_update_xblock_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.update_xblock`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseUpdateXblockResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
