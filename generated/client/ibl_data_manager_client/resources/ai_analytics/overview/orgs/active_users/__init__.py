"""`Client.ai_analytics.overview.orgs.active_users`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_overview_orgs_active_users_retrieve as _ai_analytics_overview_orgs_active_users_retrieve,
)
from ......models.ai_analytics_overview_orgs_active_users_retrieve_format import (
    AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat,
)
from ......models.overtime_with_change_info import OvertimeWithChangeInfo
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOverviewOrgsActiveUsersResource",
    "AiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse",
    "AsyncAiAnalyticsOverviewOrgsActiveUsersResource",
    "AsyncAiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse",
]


class AiAnalyticsOverviewOrgsActiveUsersResource:
    """`Client.ai_analytics.overview.orgs.active_users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get active user counts over time.  This endpoint provides daily counts of active users
        (users with known activity) over a specified time period.  Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)     end_date
        (str, optional): End date for the time range (ISO format)  Returns:     Daily active
        user counts over the specified time period, with change metrics     compared to previous
        periods.  Default time range is the last 7 days if no dates are specified.  An active
        user is defined as a user with any activity within the past 30 days.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return self._client._send(
            _ai_analytics_overview_orgs_active_users_retrieve.OPERATION,
            _ai_analytics_overview_orgs_active_users_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse:
    """`Client.ai_analytics.overview.orgs.active_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOverviewOrgsActiveUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOverviewOrgsActiveUsersResource:
    """`AsyncClient.ai_analytics.overview.orgs.active_users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get active user counts over time.  This endpoint provides daily counts of active users
        (users with known activity) over a specified time period.  Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)     end_date
        (str, optional): End date for the time range (ISO format)  Returns:     Daily active
        user counts over the specified time period, with change metrics     compared to previous
        periods.  Default time range is the last 7 days if no dates are specified.  An active
        user is defined as a user with any activity within the past 30 days.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return await self._client._send(
            _ai_analytics_overview_orgs_active_users_retrieve.OPERATION,
            _ai_analytics_overview_orgs_active_users_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse:
    """`AsyncClient.ai_analytics.overview.orgs.active_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOverviewOrgsActiveUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
