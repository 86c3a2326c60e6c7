"""`Client.perlearner.orgs.users.courses.videos`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    perlearner_orgs_users_courses_videos_retrieve as _perlearner_orgs_users_courses_videos_retrieve,
)
from .......models.per_learner_course_videos_watched import PerLearnerCourseVideosWatched
from .......models.perlearner_orgs_users_courses_videos_retrieve_format import (
    PerlearnerOrgsUsersCoursesVideosRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .over_time import (
        AsyncPerlearnerOrgsUsersCoursesVideosOverTimeResource,
        AsyncPerlearnerOrgsUsersCoursesVideosOverTimeResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesVideosOverTimeResource,
        PerlearnerOrgsUsersCoursesVideosOverTimeResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersCoursesVideosResource",
    "PerlearnerOrgsUsersCoursesVideosResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersCoursesVideosResource",
    "AsyncPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse",
]


class PerlearnerOrgsUsersCoursesVideosResource:
    """`Client.perlearner.orgs.users.courses.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersCoursesVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersCoursesVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> PerlearnerOrgsUsersCoursesVideosOverTimeResource:
        from .over_time import PerlearnerOrgsUsersCoursesVideosOverTimeResource

        return PerlearnerOrgsUsersCoursesVideosOverTimeResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerLearnerCourseVideosWatched:
        """List of videos within a course a learner has watched  Kwargs 1. course_id e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email)  Default result when no query param is added is [], 0

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerLearnerCourseVideosWatched
        """
        return self._client._send(
            _perlearner_orgs_users_courses_videos_retrieve.OPERATION,
            _perlearner_orgs_users_courses_videos_retrieve.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerlearnerOrgsUsersCoursesVideosResourceWithRawResponse:
    """`Client.perlearner.orgs.users.courses.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersCoursesVideosResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> PerlearnerOrgsUsersCoursesVideosOverTimeResourceWithRawResponse:
        from .over_time import PerlearnerOrgsUsersCoursesVideosOverTimeResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )


class AsyncPerlearnerOrgsUsersCoursesVideosResource:
    """`AsyncClient.perlearner.orgs.users.courses.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncPerlearnerOrgsUsersCoursesVideosOverTimeResource:
        from .over_time import AsyncPerlearnerOrgsUsersCoursesVideosOverTimeResource

        return AsyncPerlearnerOrgsUsersCoursesVideosOverTimeResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerLearnerCourseVideosWatched:
        """List of videos within a course a learner has watched  Kwargs 1. course_id e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email)  Default result when no query param is added is [], 0

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerLearnerCourseVideosWatched
        """
        return await self._client._send(
            _perlearner_orgs_users_courses_videos_retrieve.OPERATION,
            _perlearner_orgs_users_courses_videos_retrieve.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerlearnerOrgsUsersCoursesVideosResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.courses.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersCoursesVideosResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AsyncPerlearnerOrgsUsersCoursesVideosOverTimeResourceWithRawResponse:
        from .over_time import AsyncPerlearnerOrgsUsersCoursesVideosOverTimeResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )
