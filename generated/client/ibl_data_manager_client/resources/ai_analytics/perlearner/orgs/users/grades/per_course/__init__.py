"""`Client.ai_analytics.perlearner.orgs.users.grades.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_grades_per_course_retrieve as _ai_analytics_perlearner_orgs_users_grades_per_course_retrieve,
)
from ........models.ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat,
)
from ........models.perlearner_grading_per_course_api import PerlearnerGradingPerCourseAPI
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource",
    "AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource:
    """`Client.ai_analytics.perlearner.orgs.users.grades.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerGradingPerCourseAPI:
        """Summary Grading Information for a learner on a per-enrollment basis  Query Params 1.
        user_id e.g developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerlearnerGradingPerCourseAPI
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_grades_per_course_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_grades_per_course_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.grades.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.grades.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerGradingPerCourseAPI:
        """Summary Grading Information for a learner on a per-enrollment basis  Query Params 1.
        user_id e.g developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerlearnerGradingPerCourseAPI
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_grades_per_course_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_grades_per_course_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.grades.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
