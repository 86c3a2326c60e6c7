"""`Client.engagement.orgs.time.over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    engagement_orgs_time_over_time_retrieve as _engagement_orgs_time_over_time_retrieve,
)
from ......models.engagement_orgs_time_over_time_retrieve_format import (
    EngagementOrgsTimeOverTimeRetrieveFormat,
)
from ......models.overtime_with_change_info import OvertimeWithChangeInfo
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "EngagementOrgsTimeOverTimeResource",
    "EngagementOrgsTimeOverTimeResourceWithRawResponse",
    "AsyncEngagementOrgsTimeOverTimeResource",
    "AsyncEngagementOrgsTimeOverTimeResourceWithRawResponse",
]


class EngagementOrgsTimeOverTimeResource:
    """`Client.engagement.orgs.time.over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsTimeOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsTimeOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get time spent on the platform over time.  This endpoint provides daily time spent
        values (in seconds) across the platform over a specified time period.  Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)     end_date
        (str, optional): End date for the time range (ISO format)  Returns:     Daily time spent
        values over the specified time period, with change metrics     compared to previous
        periods.  Default time range is the last 7 days if no dates are specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsTimeOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return self._client._send(
            _engagement_orgs_time_over_time_retrieve.OPERATION,
            _engagement_orgs_time_over_time_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class EngagementOrgsTimeOverTimeResourceWithRawResponse:
    """`Client.engagement.orgs.time.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsTimeOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncEngagementOrgsTimeOverTimeResource:
    """`AsyncClient.engagement.orgs.time.over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsTimeOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsTimeOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get time spent on the platform over time.  This endpoint provides daily time spent
        values (in seconds) across the platform over a specified time period.  Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)     end_date
        (str, optional): End date for the time range (ISO format)  Returns:     Daily time spent
        values over the specified time period, with change metrics     compared to previous
        periods.  Default time range is the last 7 days if no dates are specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (EngagementOrgsTimeOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return await self._client._send(
            _engagement_orgs_time_over_time_retrieve.OPERATION,
            _engagement_orgs_time_over_time_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncEngagementOrgsTimeOverTimeResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.time.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsTimeOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
