"""`Client.analytics.learners`: 1 operation and 1 sub-resource."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import analytics_learners_retrieve as _analytics_learners_retrieve
from ....models.analytics_learners_retrieve_date_filter import AnalyticsLearnersRetrieveDateFilter
from ....models.analytics_learners_retrieve_granularity import AnalyticsLearnersRetrieveGranularity
from ....models.learner_analytics_response import LearnerAnalyticsResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .list import (
        AnalyticsLearnersListResource,
        AnalyticsLearnersListResourceWithRawResponse,
        AsyncAnalyticsLearnersListResource,
        AsyncAnalyticsLearnersListResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsLearnersResource",
    "AnalyticsLearnersResourceWithRawResponse",
    "AsyncAnalyticsLearnersResource",
    "AsyncAnalyticsLearnersResourceWithRawResponse",
]


class AnalyticsLearnersResource:
    """`Client.analytics.learners`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsLearnersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsLearnersResourceWithRawResponse(self)

    @cached_property
    def list(self) -> AnalyticsLearnersListResource:
        from .list import AnalyticsLearnersListResource

        return AnalyticsLearnersListResource(self._client)

    def retrieve(
        self,
        *,
        date_filter: AnalyticsLearnersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        overtime: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LearnerAnalyticsResponse:
        """Unified API endpoint for learner analytics.  This endpoint provides either: 1.
        Cross-platform summary (when only username is provided) 2. Platform-specific detailed
        data (when username + platform_key are provided)  Query params: - username (required):
        Username of the learner - platform_key (optional): Platform key for platform-specific
        data - page (optional): Page number (default: 1) - limit (optional): Records per page
        (default: 20, max: 100)  Returns: - If platform_key provided: Detailed platform metrics
        - If no platform_key: Cross-platform summary with pagination

        Args:
            date_filter (AnalyticsLearnersRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsLearnersRetrieveGranularity | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            overtime (bool | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)
            username (str | Unset, query)

        Returns:
            LearnerAnalyticsResponse
        """
        return self._client._send(
            _analytics_learners_retrieve.OPERATION,
            _analytics_learners_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                overtime=overtime,
                page=page,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
                username=username,
            ),
            options,
        )


class AnalyticsLearnersResourceWithRawResponse:
    """`Client.analytics.learners`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsLearnersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def list(self) -> AnalyticsLearnersListResourceWithRawResponse:
        from .list import AnalyticsLearnersListResourceWithRawResponse

        return AnalyticsLearnersListResourceWithRawResponse(self._resource.list)


class AsyncAnalyticsLearnersResource:
    """`AsyncClient.analytics.learners`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsLearnersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsLearnersResourceWithRawResponse(self)

    @cached_property
    def list(self) -> AsyncAnalyticsLearnersListResource:
        from .list import AsyncAnalyticsLearnersListResource

        return AsyncAnalyticsLearnersListResource(self._client)

    async def retrieve(
        self,
        *,
        date_filter: AnalyticsLearnersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        overtime: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LearnerAnalyticsResponse:
        """Unified API endpoint for learner analytics.  This endpoint provides either: 1.
        Cross-platform summary (when only username is provided) 2. Platform-specific detailed
        data (when username + platform_key are provided)  Query params: - username (required):
        Username of the learner - platform_key (optional): Platform key for platform-specific
        data - page (optional): Page number (default: 1) - limit (optional): Records per page
        (default: 20, max: 100)  Returns: - If platform_key provided: Detailed platform metrics
        - If no platform_key: Cross-platform summary with pagination

        Args:
            date_filter (AnalyticsLearnersRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsLearnersRetrieveGranularity | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            overtime (bool | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)
            username (str | Unset, query)

        Returns:
            LearnerAnalyticsResponse
        """
        return await self._client._send(
            _analytics_learners_retrieve.OPERATION,
            _analytics_learners_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                overtime=overtime,
                page=page,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
                username=username,
            ),
            options,
        )


class AsyncAnalyticsLearnersResourceWithRawResponse:
    """`AsyncClient.analytics.learners`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsLearnersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def list(self) -> AsyncAnalyticsLearnersListResourceWithRawResponse:
        from .list import AsyncAnalyticsLearnersListResourceWithRawResponse

        return AsyncAnalyticsLearnersListResourceWithRawResponse(self._resource.list)
