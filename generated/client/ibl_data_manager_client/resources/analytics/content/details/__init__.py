"""`Client.analytics.content.details`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import get_content_details as _get_content_details
from .....models.content_details_response import ContentDetailsResponse
from .....models.get_content_details_date_filter import GetContentDetailsDateFilter
from .....models.get_content_details_metric import GetContentDetailsMetric
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsContentDetailsResource",
    "AnalyticsContentDetailsResourceWithRawResponse",
    "AsyncAnalyticsContentDetailsResource",
    "AsyncAnalyticsContentDetailsResourceWithRawResponse",
]


class AnalyticsContentDetailsResource:
    """`Client.analytics.content.details`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsContentDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsContentDetailsResourceWithRawResponse(self)

    def get_content_details(
        self,
        *,
        content_id: str,
        metric: GetContentDetailsMetric,
        date_filter: GetContentDetailsDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        time_metric: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContentDetailsResponse:
        """Get Content Details

        Retrieve detailed analytics for a specific content item including summary statistics,
        learner-level data, and optional time series information.

        Args:
            content_id (str, path)
            metric (GetContentDetailsMetric, query)
            date_filter (GetContentDetailsDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)
            time_metric (str | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ContentDetailsResponse
        """
        return self._client._send(
            _get_content_details.OPERATION,
            _get_content_details.build_request(
                content_id=content_id,
                metric=metric,
                date_filter=date_filter,
                end_date=end_date,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                page=page,
                platform_key=platform_key,
                search=search,
                start_date=start_date,
                time_metric=time_metric,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsContentDetailsResourceWithRawResponse:
    """`Client.analytics.content.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsContentDetailsResource) -> None:
        self._resource = resource
        self.get_content_details = to_raw_response(resource.get_content_details)


class AsyncAnalyticsContentDetailsResource:
    """`AsyncClient.analytics.content.details`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsContentDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsContentDetailsResourceWithRawResponse(self)

    async def get_content_details(
        self,
        *,
        content_id: str,
        metric: GetContentDetailsMetric,
        date_filter: GetContentDetailsDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        time_metric: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContentDetailsResponse:
        """Get Content Details

        Retrieve detailed analytics for a specific content item including summary statistics,
        learner-level data, and optional time series information.

        Args:
            content_id (str, path)
            metric (GetContentDetailsMetric, query)
            date_filter (GetContentDetailsDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)
            time_metric (str | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ContentDetailsResponse
        """
        return await self._client._send(
            _get_content_details.OPERATION,
            _get_content_details.build_request(
                content_id=content_id,
                metric=metric,
                date_filter=date_filter,
                end_date=end_date,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                page=page,
                platform_key=platform_key,
                search=search,
                start_date=start_date,
                time_metric=time_metric,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsContentDetailsResourceWithRawResponse:
    """`AsyncClient.analytics.content.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsContentDetailsResource) -> None:
        self._resource = resource
        self.get_content_details = async_to_raw_response(resource.get_content_details)
