"""`Client.ai_analytics.perlearner.orgs.users.courses.grading.cutoffs`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........._operation import RequestOptions
from ........._response import async_to_raw_response, to_raw_response
from .........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve as _ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve,
)
from .........models.ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat,
)
from .........models.perlearner_grade_with_cut_off import PerlearnerGradeWithCutOff
from .........types import UNSET, Unset

if TYPE_CHECKING:
    from ........._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource:
    """`Client.ai_analytics.perlearner.orgs.users.courses.grading.cutoffs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerGradeWithCutOff:
        """Provides about a learner current grade in a course with the course cut Kwargs 1.
        course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or
        dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerlearnerGradeWithCutOff
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve.build_request(
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


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.courses.grading.cutoffs`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.grading.cutoffs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerGradeWithCutOff:
        """Provides about a learner current grade in a course with the course cut Kwargs 1.
        course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or
        dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerlearnerGradeWithCutOff
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve.build_request(
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


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.grading.cutoffs`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
