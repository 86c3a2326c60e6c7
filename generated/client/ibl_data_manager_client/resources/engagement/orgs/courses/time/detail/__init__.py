"""`Client.engagement.orgs.courses.time.detail`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    engagement_orgs_courses_time_detail_retrieve as _engagement_orgs_courses_time_detail_retrieve,
)
from .......models.engagement_orgs_courses_time_detail_retrieve_format import (
    EngagementOrgsCoursesTimeDetailRetrieveFormat,
)
from .......models.time_detail import TimeDetail
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "EngagementOrgsCoursesTimeDetailResource",
    "EngagementOrgsCoursesTimeDetailResourceWithRawResponse",
    "AsyncEngagementOrgsCoursesTimeDetailResource",
    "AsyncEngagementOrgsCoursesTimeDetailResourceWithRawResponse",
]


class EngagementOrgsCoursesTimeDetailResource:
    """`Client.engagement.orgs.courses.time.detail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCoursesTimeDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCoursesTimeDetailResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeDetail:
        """Time spent per course in secs in a tree like form  Kwargs course_id e.g
        course-v1:Org+Course4+Run  Query Params 1. start_date <optional> e.g 2020-10-01 2.
        end_date <optional> e.g 2020-10-10

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            TimeDetail
        """
        return self._client._send(
            _engagement_orgs_courses_time_detail_retrieve.OPERATION,
            _engagement_orgs_courses_time_detail_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class EngagementOrgsCoursesTimeDetailResourceWithRawResponse:
    """`Client.engagement.orgs.courses.time.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCoursesTimeDetailResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncEngagementOrgsCoursesTimeDetailResource:
    """`AsyncClient.engagement.orgs.courses.time.detail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCoursesTimeDetailResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeDetail:
        """Time spent per course in secs in a tree like form  Kwargs course_id e.g
        course-v1:Org+Course4+Run  Query Params 1. start_date <optional> e.g 2020-10-01 2.
        end_date <optional> e.g 2020-10-10

        Args:
            org (str, path)
            course_id (str, path)
            department_id (int | Unset, query)
            format_ (EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            TimeDetail
        """
        return await self._client._send(
            _engagement_orgs_courses_time_detail_retrieve.OPERATION,
            _engagement_orgs_courses_time_detail_retrieve.build_request(
                org=org,
                course_id=course_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.courses.time.detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCoursesTimeDetailResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
