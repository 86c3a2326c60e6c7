"""`Client.ai_mentor.orgs.users.course_creation`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .course import (
        AiMentorOrgsUsersCourseCreationCourseResource,
        AiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationCourseResource,
        AsyncAiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse,
    )
    from .files import (
        AiMentorOrgsUsersCourseCreationFilesResource,
        AiMentorOrgsUsersCourseCreationFilesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationFilesResource,
        AsyncAiMentorOrgsUsersCourseCreationFilesResourceWithRawResponse,
    )
    from .tasks import (
        AiMentorOrgsUsersCourseCreationTasksResource,
        AiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse,
        AsyncAiMentorOrgsUsersCourseCreationTasksResource,
        AsyncAiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersCourseCreationResource",
    "AiMentorOrgsUsersCourseCreationResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCourseCreationResource",
    "AsyncAiMentorOrgsUsersCourseCreationResourceWithRawResponse",
]


class AiMentorOrgsUsersCourseCreationResource:
    """`Client.ai_mentor.orgs.users.course_creation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCourseCreationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCourseCreationResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AiMentorOrgsUsersCourseCreationCourseResource:
        from .course import AiMentorOrgsUsersCourseCreationCourseResource

        return AiMentorOrgsUsersCourseCreationCourseResource(self._client)

    @cached_property
    def files(self) -> AiMentorOrgsUsersCourseCreationFilesResource:
        from .files import AiMentorOrgsUsersCourseCreationFilesResource

        return AiMentorOrgsUsersCourseCreationFilesResource(self._client)

    @cached_property
    def tasks(self) -> AiMentorOrgsUsersCourseCreationTasksResource:
        from .tasks import AiMentorOrgsUsersCourseCreationTasksResource

        return AiMentorOrgsUsersCourseCreationTasksResource(self._client)


class AiMentorOrgsUsersCourseCreationResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.course_creation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCourseCreationResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse:
        from .course import AiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse

        return AiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def files(self) -> AiMentorOrgsUsersCourseCreationFilesResourceWithRawResponse:
        from .files import AiMentorOrgsUsersCourseCreationFilesResourceWithRawResponse

        return AiMentorOrgsUsersCourseCreationFilesResourceWithRawResponse(self._resource.files)

    @cached_property
    def tasks(self) -> AiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse:
        from .tasks import AiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse

        return AiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse(self._resource.tasks)


class AsyncAiMentorOrgsUsersCourseCreationResource:
    """`AsyncClient.ai_mentor.orgs.users.course_creation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersCourseCreationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCourseCreationResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseResource:
        from .course import AsyncAiMentorOrgsUsersCourseCreationCourseResource

        return AsyncAiMentorOrgsUsersCourseCreationCourseResource(self._client)

    @cached_property
    def files(self) -> AsyncAiMentorOrgsUsersCourseCreationFilesResource:
        from .files import AsyncAiMentorOrgsUsersCourseCreationFilesResource

        return AsyncAiMentorOrgsUsersCourseCreationFilesResource(self._client)

    @cached_property
    def tasks(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksResource:
        from .tasks import AsyncAiMentorOrgsUsersCourseCreationTasksResource

        return AsyncAiMentorOrgsUsersCourseCreationTasksResource(self._client)


class AsyncAiMentorOrgsUsersCourseCreationResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.course_creation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCourseCreationResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncAiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse:
        from .course import AsyncAiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse

        return AsyncAiMentorOrgsUsersCourseCreationCourseResourceWithRawResponse(
            self._resource.course
        )

    @cached_property
    def files(self) -> AsyncAiMentorOrgsUsersCourseCreationFilesResourceWithRawResponse:
        from .files import AsyncAiMentorOrgsUsersCourseCreationFilesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersCourseCreationFilesResourceWithRawResponse(
            self._resource.files
        )

    @cached_property
    def tasks(self) -> AsyncAiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse:
        from .tasks import AsyncAiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse

        return AsyncAiMentorOrgsUsersCourseCreationTasksResourceWithRawResponse(
            self._resource.tasks
        )
