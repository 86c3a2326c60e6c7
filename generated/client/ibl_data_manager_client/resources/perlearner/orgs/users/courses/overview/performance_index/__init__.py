"""`Client.perlearner.orgs.users.courses.overview.performance_index`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    perlearner_orgs_users_courses_overview_performance_index_retrieve as _perlearner_orgs_users_courses_overview_performance_index_retrieve,
)
from ........models.perlearner_orgs_users_courses_overview_performance_index_retrieve_format import (
    PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat,
)
from ........models.value import Value
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource",
    "PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource",
    "AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse",
]


class PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource:
    """`Client.perlearner.orgs.users.courses.overview.performance_index`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Value:
        """Evaluates performance index for platform, per course, per user and per user-per course
        Query Params course_id <optional> learner_id <optional>

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Value
        """
        return self._client._send(
            _perlearner_orgs_users_courses_overview_performance_index_retrieve.OPERATION,
            _perlearner_orgs_users_courses_overview_performance_index_retrieve.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse:
    """`Client.perlearner.orgs.users.courses.overview.performance_index`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource:
    """`AsyncClient.perlearner.orgs.users.courses.overview.performance_index`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Value:
        """Evaluates performance index for platform, per course, per user and per user-per course
        Query Params course_id <optional> learner_id <optional>

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Value
        """
        return await self._client._send(
            _perlearner_orgs_users_courses_overview_performance_index_retrieve.OPERATION,
            _perlearner_orgs_users_courses_overview_performance_index_retrieve.build_request(
                org=org,
                user_id=user_id,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.courses.overview.performance_index`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
