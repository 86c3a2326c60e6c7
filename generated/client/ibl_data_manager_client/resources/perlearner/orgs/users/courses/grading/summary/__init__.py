"""`Client.perlearner.orgs.users.courses.grading.summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    perlearner_orgs_users_courses_grading_summary_retrieve as _perlearner_orgs_users_courses_grading_summary_retrieve,
)
from ........models.perlearner_grade_summary import PerlearnerGradeSummary
from ........models.perlearner_orgs_users_courses_grading_summary_retrieve_format import (
    PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat,
)
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersCoursesGradingSummaryResource",
    "PerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersCoursesGradingSummaryResource",
    "AsyncPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse",
]


class PerlearnerOrgsUsersCoursesGradingSummaryResource:
    """`Client.perlearner.orgs.users.courses.grading.summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerGradeSummary:
        """Query Params 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g
        developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerlearnerGradeSummary
        """
        return self._client._send(
            _perlearner_orgs_users_courses_grading_summary_retrieve.OPERATION,
            _perlearner_orgs_users_courses_grading_summary_retrieve.build_request(
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


class PerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse:
    """`Client.perlearner.orgs.users.courses.grading.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersCoursesGradingSummaryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersCoursesGradingSummaryResource:
    """`AsyncClient.perlearner.orgs.users.courses.grading.summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerGradeSummary:
        """Query Params 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g
        developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            PerlearnerGradeSummary
        """
        return await self._client._send(
            _perlearner_orgs_users_courses_grading_summary_retrieve.OPERATION,
            _perlearner_orgs_users_courses_grading_summary_retrieve.build_request(
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


class AsyncPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.courses.grading.summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersCoursesGradingSummaryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
