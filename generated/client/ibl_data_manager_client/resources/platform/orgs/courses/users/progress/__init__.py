"""`Client.platform.orgs.courses.users.progress`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    platform_orgs_courses_users_progress_retrieve as _platform_orgs_courses_users_progress_retrieve,
)
from .......models.perlearner_course_progress import PerlearnerCourseProgress
from .......models.platform_orgs_courses_users_progress_retrieve_format import (
    PlatformOrgsCoursesUsersProgressRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .days_to_complete import (
        AsyncPlatformOrgsCoursesUsersProgressDaysToCompleteResource,
        AsyncPlatformOrgsCoursesUsersProgressDaysToCompleteResourceWithRawResponse,
        PlatformOrgsCoursesUsersProgressDaysToCompleteResource,
        PlatformOrgsCoursesUsersProgressDaysToCompleteResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsCoursesUsersProgressResource",
    "PlatformOrgsCoursesUsersProgressResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesUsersProgressResource",
    "AsyncPlatformOrgsCoursesUsersProgressResourceWithRawResponse",
]


class PlatformOrgsCoursesUsersProgressResource:
    """`Client.platform.orgs.courses.users.progress`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesUsersProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesUsersProgressResourceWithRawResponse(self)

    @cached_property
    def days_to_complete(self) -> PlatformOrgsCoursesUsersProgressDaysToCompleteResource:
        from .days_to_complete import PlatformOrgsCoursesUsersProgressDaysToCompleteResource

        return PlatformOrgsCoursesUsersProgressDaysToCompleteResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerCourseProgress:
        """Gives Percentage of units completed in course for a specific learner

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerlearnerCourseProgress
        """
        return self._client._send(
            _platform_orgs_courses_users_progress_retrieve.OPERATION,
            _platform_orgs_courses_users_progress_retrieve.build_request(
                org=org,
                course_id=course_id,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PlatformOrgsCoursesUsersProgressResourceWithRawResponse:
    """`Client.platform.orgs.courses.users.progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesUsersProgressResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def days_to_complete(
        self,
    ) -> PlatformOrgsCoursesUsersProgressDaysToCompleteResourceWithRawResponse:
        from .days_to_complete import (
            PlatformOrgsCoursesUsersProgressDaysToCompleteResourceWithRawResponse,
        )

        return PlatformOrgsCoursesUsersProgressDaysToCompleteResourceWithRawResponse(
            self._resource.days_to_complete
        )


class AsyncPlatformOrgsCoursesUsersProgressResource:
    """`AsyncClient.platform.orgs.courses.users.progress`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesUsersProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesUsersProgressResourceWithRawResponse(self)

    @cached_property
    def days_to_complete(self) -> AsyncPlatformOrgsCoursesUsersProgressDaysToCompleteResource:
        from .days_to_complete import AsyncPlatformOrgsCoursesUsersProgressDaysToCompleteResource

        return AsyncPlatformOrgsCoursesUsersProgressDaysToCompleteResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerCourseProgress:
        """Gives Percentage of units completed in course for a specific learner

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerlearnerCourseProgress
        """
        return await self._client._send(
            _platform_orgs_courses_users_progress_retrieve.OPERATION,
            _platform_orgs_courses_users_progress_retrieve.build_request(
                org=org,
                course_id=course_id,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPlatformOrgsCoursesUsersProgressResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.users.progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesUsersProgressResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def days_to_complete(
        self,
    ) -> AsyncPlatformOrgsCoursesUsersProgressDaysToCompleteResourceWithRawResponse:
        from .days_to_complete import (
            AsyncPlatformOrgsCoursesUsersProgressDaysToCompleteResourceWithRawResponse,
        )

        return AsyncPlatformOrgsCoursesUsersProgressDaysToCompleteResourceWithRawResponse(
            self._resource.days_to_complete
        )
