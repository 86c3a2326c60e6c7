"""`Client.ai_analytics.perlearner.orgs.users.overview.grades.average`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........._operation import RequestOptions
from ........._response import async_to_raw_response, to_raw_response
from .........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve as _ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve,
)
from .........models.ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat,
)
from .........models.average import Average
from .........types import UNSET, Unset

if TYPE_CHECKING:
    from ........._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource",
    "AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource:
    """`Client.ai_analytics.perlearner.orgs.users.overview.grades.average`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Average:
        """Get average grade value for platform, course, or user.  This endpoint returns the
        average grade at different levels: - Platform level: Average grade across all courses -
        Course level: Average grade for a specific course - Learner level: Average grade for a
        specific learner - Course-learner level: Grade for a specific learner in a specific
        course  Query Parameters:     course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email  Returns:     The average grade
        value based on the specified filters.  Access Control:     - Platform admins can access
        any grade data     - Learners can access their own grade data

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)

        Returns:
            Average
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.overview.grades.average`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.grades.average`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Average:
        """Get average grade value for platform, course, or user.  This endpoint returns the
        average grade at different levels: - Platform level: Average grade across all courses -
        Course level: Average grade for a specific course - Learner level: Average grade for a
        specific learner - Course-learner level: Grade for a specific learner in a specific
        course  Query Parameters:     course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email  Returns:     The average grade
        value based on the specified filters.  Access Control:     - Platform admins can access
        any grade data     - Learners can access their own grade data

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)

        Returns:
            Average
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.grades.average`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
