"""`Client.ai_analytics.audience.orgs.enrollments.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_audience_orgs_enrollments_per_course_retrieve as _ai_analytics_audience_orgs_enrollments_per_course_retrieve,
)
from .......models.ai_analytics_audience_orgs_enrollments_per_course_retrieve_active import (
    AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive,
)
from .......models.ai_analytics_audience_orgs_enrollments_per_course_retrieve_format import (
    AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat,
)
from .......models.enrollments import Enrollments
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsAudienceOrgsEnrollmentsPerCourseResource",
    "AiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResource",
    "AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse",
]


class AiAnalyticsAudienceOrgsEnrollmentsPerCourseResource:
    """`Client.ai_analytics.audience.orgs.enrollments.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        active: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Enrollments:
        """List enrollment statistics on a per-course basis.  This endpoint provides enrollment
        counts for all courses, with options to filter for active or inactive enrollments and to
        include time-based data.  Query Parameters:     active (bool): Filter for active
        enrollments when true, inactive when false     start_date (str, optional): Start date
        for time-based filtering (ISO format)     end_date (str, optional): End date for
        time-based filtering (ISO format)     page (int, optional): Page number for pagination
        length (int, optional): Number of items per page  Returns:     A paginated list of
        courses with their enrollment counts and percentages.

        Args:
            org (str, path)
            active (AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset, query)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Enrollments
        """
        return self._client._send(
            _ai_analytics_audience_orgs_enrollments_per_course_retrieve.OPERATION,
            _ai_analytics_audience_orgs_enrollments_per_course_retrieve.build_request(
                org=org,
                active=active,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse:
    """`Client.ai_analytics.audience.orgs.enrollments.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceOrgsEnrollmentsPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResource:
    """`AsyncClient.ai_analytics.audience.orgs.enrollments.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        active: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Enrollments:
        """List enrollment statistics on a per-course basis.  This endpoint provides enrollment
        counts for all courses, with options to filter for active or inactive enrollments and to
        include time-based data.  Query Parameters:     active (bool): Filter for active
        enrollments when true, inactive when false     start_date (str, optional): Start date
        for time-based filtering (ISO format)     end_date (str, optional): End date for
        time-based filtering (ISO format)     page (int, optional): Page number for pagination
        length (int, optional): Number of items per page  Returns:     A paginated list of
        courses with their enrollment counts and percentages.

        Args:
            org (str, path)
            active (AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset, query)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Enrollments
        """
        return await self._client._send(
            _ai_analytics_audience_orgs_enrollments_per_course_retrieve.OPERATION,
            _ai_analytics_audience_orgs_enrollments_per_course_retrieve.build_request(
                org=org,
                active=active,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience.orgs.enrollments.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsAudienceOrgsEnrollmentsPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
