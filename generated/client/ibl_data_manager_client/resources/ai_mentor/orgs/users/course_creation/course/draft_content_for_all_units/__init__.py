"""`Client.ai_mentor.orgs.users.course_creation.course.draft_content_for_all_units`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_mentor import (
    ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve as _ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource",
    "AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource",
    "AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource:
    """`Client.ai_mentor.orgs.users.course_creation.course.draft_content_for_all_units`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse(
            self
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate draft content for all units in a course.  This action starts a background task
        to create draft content for all units in the course using AI.  Args:     request: The
        HTTP request.     pk: The primary key of the course to generate content for.  Returns:
        Response: A confirmation that the content generation task has been started.  Raises:
        NotFound: If the specified course does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation.course.draft_content_for_all_units`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.draft_content_for_all_units`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse(
            self
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Generate draft content for all units in a course.  This action starts a background task
        to create draft content for all units in the course using AI.  Args:     request: The
        HTTP request.     pk: The primary key of the course to generate content for.  Returns:
        Response: A confirmation that the content generation task has been started.  Raises:
        NotFound: If the specified course does not exist.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve.OPERATION,
            _ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation.course.draft_content_for_all_units`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiMentorOrgsUsersCourseCreationCourseDraftContentForAllUnitsResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
