"""`Client.engagement.orgs.time.average_with_over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    engagement_orgs_time_average_with_over_time_retrieve as _engagement_orgs_time_average_with_over_time_retrieve,
)
from ......models.average_overtime import AverageOvertime
from ......models.engagement_orgs_time_average_with_over_time_retrieve_format import (
    EngagementOrgsTimeAverageWithOverTimeRetrieveFormat,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "EngagementOrgsTimeAverageWithOverTimeResource",
    "EngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse",
    "AsyncEngagementOrgsTimeAverageWithOverTimeResource",
    "AsyncEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse",
]


class EngagementOrgsTimeAverageWithOverTimeResource:
    """`Client.engagement.orgs.time.average_with_over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AverageOvertime:
        """Average time spent in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01
        2. end_date e.g 2020-10-10 3. course_id <optional>  Default result when no query param
        is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            AverageOvertime
        """
        return self._client._send(
            _engagement_orgs_time_average_with_over_time_retrieve.OPERATION,
            _engagement_orgs_time_average_with_over_time_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class EngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse:
    """`Client.engagement.orgs.time.average_with_over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsTimeAverageWithOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncEngagementOrgsTimeAverageWithOverTimeResource:
    """`AsyncClient.engagement.orgs.time.average_with_over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AverageOvertime:
        """Average time spent in secs on a per-day basis  Query Params 1. start_date e.g 2020-10-01
        2. end_date e.g 2020-10-10 3. course_id <optional>  Default result when no query param
        is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            AverageOvertime
        """
        return await self._client._send(
            _engagement_orgs_time_average_with_over_time_retrieve.OPERATION,
            _engagement_orgs_time_average_with_over_time_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.time.average_with_over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsTimeAverageWithOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
