"""`Client.ai_mentor.orgs.users.course_creation.course.draft_content_for_unit`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, optional_body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create as _ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create,
)
from ........models.ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create_body import (
    AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody,
)
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource",
    "AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.draft_content_for_unit`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        xblock_id: str,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Draft content for a single unit synchronously.  Only xblock_id is required. The
        display_name and unit_type are fetched from EdX automatically.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody | Unset,
                request body)
            Or the body's fields as keywords instead of body=: xblock_id

        Returns:
            None
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.draft_content_for_unit.create",
            body,
            AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody,
            ["xblock_id"],
            (("xblock_id", "xblock_id", xblock_id),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.draft_content_for_unit`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource
    ) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.draft_content_for_unit`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse(
            self
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        xblock_id: str,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody | Unset = UNSET,
        xblock_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Draft content for a single unit synchronously.  Only xblock_id is required. The
        display_name and unit_type are fetched from EdX automatically.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)
            body (AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody | Unset,
                request body)
            Or the body's fields as keywords instead of body=: xblock_id

        Returns:
            None
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.users.course_creation.course.draft_content_for_unit.create",
            body,
            AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody,
            ["xblock_id"],
            (("xblock_id", "xblock_id", xblock_id),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create.build_request(
                org=org, user_id=user_id, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.draft_content_for_unit`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForUnitResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
