"""`Client.ai_mentor.orgs.users.course_creation.course.reorder_children`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_reorder_children_create as _ai_mentor_orgs_users_course_creation_course_reorder_children_create,
)
from ........models.reorder_children import ReorderChildren
from ........models.xblock_result import XblockResult
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseReorderChildrenResource",
    "AiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseReorderChildrenResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.reorder_children`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: ReorderChildren,
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
        children: list[str],
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: ReorderChildren | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        children: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Reorder the children of an xblock within this course.  This is also useful for moving an
        element from its parent to another. If you set an xblock as a child of another parent,
        it is automatically removed from its previous position and placed in the child position
        of the current specified parent.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (ReorderChildren, request body): Validate input for reordering children of an
                xblock.
            Or the body's fields as keywords instead of body=: xblock_id, children

        Returns:
            XblockResult
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.reorder_children.create",
            body,
            ReorderChildren,
            ["xblock_id", "children"],
            (
                ("xblock_id", "xblock_id", xblock_id),
                ("children", "children", children),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_reorder_children_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_reorder_children_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.reorder_children`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersCourseCreationCourseReorderChildrenResource
    ) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.reorder_children`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse(
            self
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: ReorderChildren,
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
        children: list[str],
        **options: Unpack[RequestOptions],
    ) -> XblockResult: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: ReorderChildren | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        children: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> XblockResult:
        """Reorder the children of an xblock within this course.  This is also useful for moving an
        element from its parent to another. If you set an xblock as a child of another parent,
        it is automatically removed from its previous position and placed in the child position
        of the current specified parent.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (ReorderChildren, request body): Validate input for reordering children of an
                xblock.
            Or the body's fields as keywords instead of body=: xblock_id, children

        Returns:
            XblockResult
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.reorder_children.create",
            body,
            ReorderChildren,
            ["xblock_id", "children"],
            (
                ("xblock_id", "xblock_id", xblock_id),
                ("children", "children", children),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_reorder_children_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_reorder_children_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.reorder_children`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseReorderChildrenResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
