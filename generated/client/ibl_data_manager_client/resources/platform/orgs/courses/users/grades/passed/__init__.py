"""`Client.platform.orgs.courses.users.grades.passed`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    platform_orgs_courses_users_grades_passed_retrieve as _platform_orgs_courses_users_grades_passed_retrieve,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "PlatformOrgsCoursesUsersGradesPassedResource",
    "PlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesUsersGradesPassedResource",
    "AsyncPlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse",
]


class PlatformOrgsCoursesUsersGradesPassedResource:
    """`Client.platform.orgs.courses.users.grades.passed`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary
        database if the replica is unreachable.  Add as the **first** base class on read-only
        views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin,
        APIView):         ...

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_users_grades_passed_retrieve.OPERATION,
            _platform_orgs_courses_users_grades_passed_retrieve.build_request(
                org=org, course_id=course_id, user_id=user_id
            ),
            options,
        )


class PlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse:
    """`Client.platform.orgs.courses.users.grades.passed`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesUsersGradesPassedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsCoursesUsersGradesPassedResource:
    """`AsyncClient.platform.orgs.courses.users.grades.passed`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary
        database if the replica is unreachable.  Add as the **first** base class on read-only
        views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin,
        APIView):         ...

        Args:
            org (str, path)
            course_id (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_users_grades_passed_retrieve.OPERATION,
            _platform_orgs_courses_users_grades_passed_retrieve.build_request(
                org=org, course_id=course_id, user_id=user_id
            ),
            options,
        )


class AsyncPlatformOrgsCoursesUsersGradesPassedResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.users.grades.passed`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesUsersGradesPassedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
