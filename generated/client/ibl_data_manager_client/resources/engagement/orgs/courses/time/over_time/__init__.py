"""`Client.engagement.orgs.courses.time.over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    engagement_orgs_courses_time_over_time_retrieve as _engagement_orgs_courses_time_over_time_retrieve,
)
from .......models.engagement_orgs_courses_time_over_time_retrieve_format import (
    EngagementOrgsCoursesTimeOverTimeRetrieveFormat,
)
from .......models.over_time_with_total import OverTimeWithTotal
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "EngagementOrgsCoursesTimeOverTimeResource",
    "EngagementOrgsCoursesTimeOverTimeResourceWithRawResponse",
    "AsyncEngagementOrgsCoursesTimeOverTimeResource",
    "AsyncEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse",
]


class EngagementOrgsCoursesTimeOverTimeResource:
    """`Client.engagement.orgs.courses.time.over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCoursesTimeOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCoursesTimeOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Time spent per course in secs on a per-day basis  Query Params 1. start_date e.g
        2020-10-01 2. end_date e.g 2020-10-10 Kwargs 3. course_id  Default result when no query
        param is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return self._client._send(
            _engagement_orgs_courses_time_over_time_retrieve.OPERATION,
            _engagement_orgs_courses_time_over_time_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class EngagementOrgsCoursesTimeOverTimeResourceWithRawResponse:
    """`Client.engagement.orgs.courses.time.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCoursesTimeOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncEngagementOrgsCoursesTimeOverTimeResource:
    """`AsyncClient.engagement.orgs.courses.time.over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Time spent per course in secs on a per-day basis  Query Params 1. start_date e.g
        2020-10-01 2. end_date e.g 2020-10-10 Kwargs 3. course_id  Default result when no query
        param is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return await self._client._send(
            _engagement_orgs_courses_time_over_time_retrieve.OPERATION,
            _engagement_orgs_courses_time_over_time_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.courses.time.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCoursesTimeOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
