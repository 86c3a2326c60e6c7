"""`Client.ai_analytics.orgs.users.rating_summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_rating_summary_list as _ai_analytics_orgs_users_rating_summary_list,
)
from ......models.rating_record import RatingRecord
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersRatingSummaryResource",
    "AiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersRatingSummaryResource",
    "AsyncAiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersRatingSummaryResource:
    """`Client.ai_analytics.orgs.users.rating_summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[RatingRecord]:
        """Retrieve user rating metrics over time.  This endpoint returns data on the number of
        user ratings submitted within a specified date range, aggregated by day or hour.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.  Returns:     Response: Time series of rating counts aggregated by day or
        hour.  Raises:     NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date
        (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date
        for filtering (YYYY-MM-DD) - required.     group_by (str): Aggregation level (day or
        hour) - default: day.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            group_by (str | Unset, query)

        Returns:
            list[RatingRecord]
        """
        return self._client._send(
            _ai_analytics_orgs_users_rating_summary_list.OPERATION,
            _ai_analytics_orgs_users_rating_summary_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                group_by=group_by,
            ),
            options,
        )


class AiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.rating_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersRatingSummaryResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsOrgsUsersRatingSummaryResource:
    """`AsyncClient.ai_analytics.orgs.users.rating_summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: str,
        start_date: str,
        group_by: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[RatingRecord]:
        """Retrieve user rating metrics over time.  This endpoint returns data on the number of
        user ratings submitted within a specified date range, aggregated by day or hour.  Args:
        request: The HTTP request containing filter query parameters.     org: Organization key
        identifier.  Returns:     Response: Time series of rating counts aggregated by day or
        hour.  Raises:     NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.  Query Parameters:     start_date
        (str): Start date for filtering (YYYY-MM-DD) - required.     end_date (str): End date
        for filtering (YYYY-MM-DD) - required.     group_by (str): Aggregation level (day or
        hour) - default: day.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (str, query)
            start_date (str, query)
            group_by (str | Unset, query)

        Returns:
            list[RatingRecord]
        """
        return await self._client._send(
            _ai_analytics_orgs_users_rating_summary_list.OPERATION,
            _ai_analytics_orgs_users_rating_summary_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                start_date=start_date,
                group_by=group_by,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersRatingSummaryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.rating_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersRatingSummaryResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
