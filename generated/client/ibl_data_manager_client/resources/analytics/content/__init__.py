"""`Client.analytics.content`: 1 operation and 1 sub-resource."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import get_content_analytics as _get_content_analytics
from ....models.content_response import ContentResponse
from ....models.get_content_analytics_date_filter import GetContentAnalyticsDateFilter
from ....models.get_content_analytics_granularity import GetContentAnalyticsGranularity
from ....models.get_content_analytics_metric import GetContentAnalyticsMetric
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .details import (
        AnalyticsContentDetailsResource,
        AnalyticsContentDetailsResourceWithRawResponse,
        AsyncAnalyticsContentDetailsResource,
        AsyncAnalyticsContentDetailsResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsContentResource",
    "AnalyticsContentResourceWithRawResponse",
    "AsyncAnalyticsContentResource",
    "AsyncAnalyticsContentResourceWithRawResponse",
]


class AnalyticsContentResource:
    """`Client.analytics.content`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsContentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsContentResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AnalyticsContentDetailsResource:
        from .details import AnalyticsContentDetailsResource

        return AnalyticsContentDetailsResource(self._client)

    def get_content_analytics(
        self,
        *,
        metric: GetContentAnalyticsMetric,
        date_filter: GetContentAnalyticsDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: GetContentAnalyticsGranularity | Unset = UNSET,
        include_overtime: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContentResponse:
        """Get Content Analytics

        Retrieve aggregated analytics for catalog content (courses, programs, pathways, skills).
        Returns both summary statistics and paginated list of content items with individual
        analytics.         When a platform_key is provided, results are filtered to show only
        content consumed by          learners associated with that platform.
        **RBAC Requirements:**         - Requires: Analytics Viewer role
        (Ibl.Analytics/Core/read) or Tenant Admin role (Ibl.*)                  **Metrics
        supported:**         - `course` or `courses`: Course analytics with time spent         -
        `program` or `programs`: Program analytics           - `pathway` or `pathways`: Pathway
        analytics         - `skill` or `skills`: Skill analytics                  **Platform
        Filtering:**         - Without platform_key: Shows global analytics across all platforms
        - With platform_key: Shows analytics filtered by platform learners only
        **Time Spent Analytics:**         - Platform-level: Total time spent across all content
        and average per learner         - Course-level: Total time spent per course and average
        per enrolled learner         - Time values are provided in seconds for precision
        - Overtime: Time series data showing platform time spent over last 7 days (courses only,
        and include_overtime=true)                  **External Content:**         - Content not
        owned by the requesting platform but used by its learners is marked as \"external\"
        - External content has limited metadata exposure for privacy

        Args:
            metric (GetContentAnalyticsMetric, query)
            date_filter (GetContentAnalyticsDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (GetContentAnalyticsGranularity | Unset, query)
            include_overtime (bool | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ContentResponse
        """
        return self._client._send(
            _get_content_analytics.OPERATION,
            _get_content_analytics.build_request(
                metric=metric,
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                include_overtime=include_overtime,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                page=page,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsContentResourceWithRawResponse:
    """`Client.analytics.content`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsContentResource) -> None:
        self._resource = resource
        self.get_content_analytics = to_raw_response(resource.get_content_analytics)

    @cached_property
    def details(self) -> AnalyticsContentDetailsResourceWithRawResponse:
        from .details import AnalyticsContentDetailsResourceWithRawResponse

        return AnalyticsContentDetailsResourceWithRawResponse(self._resource.details)


class AsyncAnalyticsContentResource:
    """`AsyncClient.analytics.content`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsContentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsContentResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AsyncAnalyticsContentDetailsResource:
        from .details import AsyncAnalyticsContentDetailsResource

        return AsyncAnalyticsContentDetailsResource(self._client)

    async def get_content_analytics(
        self,
        *,
        metric: GetContentAnalyticsMetric,
        date_filter: GetContentAnalyticsDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: GetContentAnalyticsGranularity | Unset = UNSET,
        include_overtime: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContentResponse:
        """Get Content Analytics

        Retrieve aggregated analytics for catalog content (courses, programs, pathways, skills).
        Returns both summary statistics and paginated list of content items with individual
        analytics.         When a platform_key is provided, results are filtered to show only
        content consumed by          learners associated with that platform.
        **RBAC Requirements:**         - Requires: Analytics Viewer role
        (Ibl.Analytics/Core/read) or Tenant Admin role (Ibl.*)                  **Metrics
        supported:**         - `course` or `courses`: Course analytics with time spent         -
        `program` or `programs`: Program analytics           - `pathway` or `pathways`: Pathway
        analytics         - `skill` or `skills`: Skill analytics                  **Platform
        Filtering:**         - Without platform_key: Shows global analytics across all platforms
        - With platform_key: Shows analytics filtered by platform learners only
        **Time Spent Analytics:**         - Platform-level: Total time spent across all content
        and average per learner         - Course-level: Total time spent per course and average
        per enrolled learner         - Time values are provided in seconds for precision
        - Overtime: Time series data showing platform time spent over last 7 days (courses only,
        and include_overtime=true)                  **External Content:**         - Content not
        owned by the requesting platform but used by its learners is marked as \"external\"
        - External content has limited metadata exposure for privacy

        Args:
            metric (GetContentAnalyticsMetric, query)
            date_filter (GetContentAnalyticsDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (GetContentAnalyticsGranularity | Unset, query)
            include_overtime (bool | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ContentResponse
        """
        return await self._client._send(
            _get_content_analytics.OPERATION,
            _get_content_analytics.build_request(
                metric=metric,
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                include_overtime=include_overtime,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                page=page,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsContentResourceWithRawResponse:
    """`AsyncClient.analytics.content`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsContentResource) -> None:
        self._resource = resource
        self.get_content_analytics = async_to_raw_response(resource.get_content_analytics)

    @cached_property
    def details(self) -> AsyncAnalyticsContentDetailsResourceWithRawResponse:
        from .details import AsyncAnalyticsContentDetailsResourceWithRawResponse

        return AsyncAnalyticsContentDetailsResourceWithRawResponse(self._resource.details)
