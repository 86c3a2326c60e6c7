"""`Client.ai_analytics.orgs.users.user_metrics_pie_chart`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_user_metrics_pie_chart_retrieve as _ai_analytics_orgs_users_user_metrics_pie_chart_retrieve,
)
from ......models.pie_chart_data import PieChartData
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersUserMetricsPieChartResource",
    "AiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResource",
    "AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersUserMetricsPieChartResource:
    """`Client.ai_analytics.orgs.users.user_metrics_pie_chart`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PieChartData:
        """Retrieve user distribution data for pie charts.  This endpoint returns data on the
        distribution of new versus returning users within a specified date range, including both
        counts and percentages, suitable for pie chart visualization.  Args:     request: The
        HTTP request containing filter query parameters.     org: Organization key identifier.
        Returns:     Response: Distribution of new versus returning users with counts and
        percentages.  Raises:     NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date
        (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date
        for filtering (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            mentor_id (str | Unset, query)

        Returns:
            PieChartData
        """
        return self._client._send(
            _ai_analytics_orgs_users_user_metrics_pie_chart_retrieve.OPERATION,
            _ai_analytics_orgs_users_user_metrics_pie_chart_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                mentor_id=mentor_id,
            ),
            options,
        )


class AiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.user_metrics_pie_chart`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersUserMetricsPieChartResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResource:
    """`AsyncClient.ai_analytics.orgs.users.user_metrics_pie_chart`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PieChartData:
        """Retrieve user distribution data for pie charts.  This endpoint returns data on the
        distribution of new versus returning users within a specified date range, including both
        counts and percentages, suitable for pie chart visualization.  Args:     request: The
        HTTP request containing filter query parameters.     org: Organization key identifier.
        Returns:     Response: Distribution of new versus returning users with counts and
        percentages.  Raises:     NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date
        (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date
        for filtering (YYYY-MM-DD) - required.     mentor_id (str): Filter by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            mentor_id (str | Unset, query)

        Returns:
            PieChartData
        """
        return await self._client._send(
            _ai_analytics_orgs_users_user_metrics_pie_chart_retrieve.OPERATION,
            _ai_analytics_orgs_users_user_metrics_pie_chart_retrieve.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                mentor_id=mentor_id,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.user_metrics_pie_chart`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersUserMetricsPieChartResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
