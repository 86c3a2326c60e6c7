"""`Client.audience.orgs.enrollments.over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    audience_orgs_enrollments_over_time_retrieve as _audience_orgs_enrollments_over_time_retrieve,
)
from ......models.audience_orgs_enrollments_over_time_retrieve_active import (
    AudienceOrgsEnrollmentsOverTimeRetrieveActive,
)
from ......models.audience_orgs_enrollments_over_time_retrieve_format import (
    AudienceOrgsEnrollmentsOverTimeRetrieveFormat,
)
from ......models.overtime_with_change_info import OvertimeWithChangeInfo
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AudienceOrgsEnrollmentsOverTimeResource",
    "AudienceOrgsEnrollmentsOverTimeResourceWithRawResponse",
    "AsyncAudienceOrgsEnrollmentsOverTimeResource",
    "AsyncAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse",
]


class AudienceOrgsEnrollmentsOverTimeResource:
    """`Client.audience.orgs.enrollments.over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceOrgsEnrollmentsOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceOrgsEnrollmentsOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        active: AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get enrollment or unenrollment counts over time.  This endpoint provides daily counts of
        new enrollments or unenrollments over a specified time period.  Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)     end_date
        (str, optional): End date for the time range (ISO format)     course_id (str, optional):
        Filter by course ID     active (bool): Get enrollments when true, unenrollments when
        false  Returns:     Daily counts over the specified time period, with change metrics
        compared to previous periods.  Default time range is the last 7 days if no dates are
        specified.

        Args:
            org (str, path)
            active (AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset, query)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return self._client._send(
            _audience_orgs_enrollments_over_time_retrieve.OPERATION,
            _audience_orgs_enrollments_over_time_retrieve.build_request(
                org=org,
                active=active,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AudienceOrgsEnrollmentsOverTimeResourceWithRawResponse:
    """`Client.audience.orgs.enrollments.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceOrgsEnrollmentsOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAudienceOrgsEnrollmentsOverTimeResource:
    """`AsyncClient.audience.orgs.enrollments.over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        active: AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get enrollment or unenrollment counts over time.  This endpoint provides daily counts of
        new enrollments or unenrollments over a specified time period.  Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)     end_date
        (str, optional): End date for the time range (ISO format)     course_id (str, optional):
        Filter by course ID     active (bool): Get enrollments when true, unenrollments when
        false  Returns:     Daily counts over the specified time period, with change metrics
        compared to previous periods.  Default time range is the last 7 days if no dates are
        specified.

        Args:
            org (str, path)
            active (AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset, query)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return await self._client._send(
            _audience_orgs_enrollments_over_time_retrieve.OPERATION,
            _audience_orgs_enrollments_over_time_retrieve.build_request(
                org=org,
                active=active,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAudienceOrgsEnrollmentsOverTimeResourceWithRawResponse:
    """`AsyncClient.audience.orgs.enrollments.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceOrgsEnrollmentsOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
