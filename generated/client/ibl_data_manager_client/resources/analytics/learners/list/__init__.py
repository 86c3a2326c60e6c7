"""`Client.analytics.learners.list`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    analytics_learners_list_retrieve as _analytics_learners_list_retrieve,
)
from .....models.analytics_learners_list_retrieve_date_filter import (
    AnalyticsLearnersListRetrieveDateFilter,
)
from .....models.analytics_learners_list_retrieve_granularity import (
    AnalyticsLearnersListRetrieveGranularity,
)
from .....models.analytics_learners_list_retrieve_sort_by import AnalyticsLearnersListRetrieveSortBy
from .....models.analytics_learners_list_retrieve_sort_order import (
    AnalyticsLearnersListRetrieveSortOrder,
)
from .....models.learner_list_response import LearnerListResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsLearnersListResource",
    "AnalyticsLearnersListResourceWithRawResponse",
    "AsyncAnalyticsLearnersListResource",
    "AsyncAnalyticsLearnersListResourceWithRawResponse",
]


class AnalyticsLearnersListResource:
    """`Client.analytics.learners.list`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsLearnersListResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsLearnersListResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        date_filter: AnalyticsLearnersListRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersListRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: AnalyticsLearnersListRetrieveSortBy | Unset = UNSET,
        sort_order: AnalyticsLearnersListRetrieveSortOrder | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LearnerListResponse:
        """Retrieve a paginated list of learners for a specific platform with their comprehensive
        metrics from the UserPlatformSummary materialized view. This endpoint is accessible only
        to platform administrators and supports search, sorting, and pagination.

        Args:
            platform_key (str, query)
            date_filter (AnalyticsLearnersListRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsLearnersListRetrieveGranularity | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)
            sort_by (AnalyticsLearnersListRetrieveSortBy | Unset, query)
            sort_order (AnalyticsLearnersListRetrieveSortOrder | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            LearnerListResponse
        """
        return self._client._send(
            _analytics_learners_list_retrieve.OPERATION,
            _analytics_learners_list_retrieve.build_request(
                platform_key=platform_key,
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                page=page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsLearnersListResourceWithRawResponse:
    """`Client.analytics.learners.list`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsLearnersListResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsLearnersListResource:
    """`AsyncClient.analytics.learners.list`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsLearnersListResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsLearnersListResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        date_filter: AnalyticsLearnersListRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersListRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: AnalyticsLearnersListRetrieveSortBy | Unset = UNSET,
        sort_order: AnalyticsLearnersListRetrieveSortOrder | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LearnerListResponse:
        """Retrieve a paginated list of learners for a specific platform with their comprehensive
        metrics from the UserPlatformSummary materialized view. This endpoint is accessible only
        to platform administrators and supports search, sorting, and pagination.

        Args:
            platform_key (str, query)
            date_filter (AnalyticsLearnersListRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsLearnersListRetrieveGranularity | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)
            sort_by (AnalyticsLearnersListRetrieveSortBy | Unset, query)
            sort_order (AnalyticsLearnersListRetrieveSortOrder | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            LearnerListResponse
        """
        return await self._client._send(
            _analytics_learners_list_retrieve.OPERATION,
            _analytics_learners_list_retrieve.build_request(
                platform_key=platform_key,
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                page=page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsLearnersListResourceWithRawResponse:
    """`AsyncClient.analytics.learners.list`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsLearnersListResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
