"""`Client.ai_analytics.perlearner.orgs.users.courses.grading.detail`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........._operation import RequestOptions
from ........._response import async_to_raw_response, to_raw_response
from .........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve as _ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve,
)
from .........models.ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat,
)
from .........models.detailed_grade_view import DetailedGradeView
from .........types import UNSET, Unset

if TYPE_CHECKING:
    from ........._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource",
    "AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource:
    """`Client.ai_analytics.perlearner.orgs.users.courses.grading.detail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DetailedGradeView:
        """DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary
        database if the replica is unreachable.  Add as the **first** base class on read-only
        views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin,
        APIView):         ...

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            DetailedGradeView
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve.build_request(
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


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.courses.grading.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.grading.detail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DetailedGradeView:
        """DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary
        database if the replica is unreachable.  Add as the **first** base class on read-only
        views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin,
        APIView):         ...

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            DetailedGradeView
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve.build_request(
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


class AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.courses.grading.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
