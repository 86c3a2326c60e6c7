"""`Client.ai_mentor.orgs.users.course_creation.course.full_structure`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_full_structure_retrieve as _ai_mentor_orgs_users_course_creation_course_full_structure_retrieve,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseFullStructureResource",
    "AiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseFullStructureResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.full_structure`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve the full structure of a course from EdX.  This action returns the complete
        hierarchical structure of the course, including all sections, subsections, units, and
        components.  Use ``?include_content=true`` to include component HTML content (slower).
        Args:     request: The HTTP request.     pk: The primary key of the course to retrieve.
        Returns:     Response: The full structure of the course.  Raises:     NotFound: If the
        specified course does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_full_structure_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_full_structure_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.full_structure`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersCourseCreationCourseFullStructureResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.full_structure`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve the full structure of a course from EdX.  This action returns the complete
        hierarchical structure of the course, including all sections, subsections, units, and
        components.  Use ``?include_content=true`` to include component HTML content (slower).
        Args:     request: The HTTP request.     pk: The primary key of the course to retrieve.
        Returns:     Response: The full structure of the course.  Raises:     NotFound: If the
        specified course does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_full_structure_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_full_structure_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.full_structure`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseFullStructureResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
