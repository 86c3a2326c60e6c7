"""`Client.ai_mentor.orgs.users.course_creation.course.outline`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_outline_retrieve as _ai_mentor_orgs_users_course_creation_course_outline_retrieve,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseOutlineResource",
    "AiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseOutlineResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.outline`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Fetch and report course outline directly from the LMS  Outline includes all sections,
        subsections, units and components. This does not include the html content of the
        components.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_outline_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_outline_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.outline`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationCourseOutlineResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.outline`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Fetch and report course outline directly from the LMS  Outline includes all sections,
        subsections, units and components. This does not include the html content of the
        components.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_outline_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_outline_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.outline`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseOutlineResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
