"""`Client.analytics.topics`: 1 operation and 1 sub-resource."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import analytics_topics_retrieve as _analytics_topics_retrieve
from ....models.analytics_topics_retrieve_date_filter import AnalyticsTopicsRetrieveDateFilter
from ....models.analytics_topics_retrieve_granularity import AnalyticsTopicsRetrieveGranularity
from ....models.analytics_topics_retrieve_metric import AnalyticsTopicsRetrieveMetric
from ....models.topics_overview import TopicsOverview
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .details import (
        AnalyticsTopicsDetailsResource,
        AnalyticsTopicsDetailsResourceWithRawResponse,
        AsyncAnalyticsTopicsDetailsResource,
        AsyncAnalyticsTopicsDetailsResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsTopicsResource",
    "AnalyticsTopicsResourceWithRawResponse",
    "AsyncAnalyticsTopicsResource",
    "AsyncAnalyticsTopicsResourceWithRawResponse",
]


class AnalyticsTopicsResource:
    """`Client.analytics.topics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsTopicsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsTopicsResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AnalyticsTopicsDetailsResource:
        from .details import AnalyticsTopicsDetailsResource

        return AnalyticsTopicsDetailsResource(self._client)

    def retrieve(
        self,
        *,
        date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicsOverview:
        """Returns topics overview analytics for a given platform and mentor.  Permission Required:
        - Platform Admin - Ibl.Analytics/Mentors/read

        Args:
            date_filter (AnalyticsTopicsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsTopicsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metric (AnalyticsTopicsRetrieveMetric | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            TopicsOverview
        """
        return self._client._send(
            _analytics_topics_retrieve.OPERATION,
            _analytics_topics_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                mentor_unique_id=mentor_unique_id,
                metric=metric,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsTopicsResourceWithRawResponse:
    """`Client.analytics.topics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsTopicsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def details(self) -> AnalyticsTopicsDetailsResourceWithRawResponse:
        from .details import AnalyticsTopicsDetailsResourceWithRawResponse

        return AnalyticsTopicsDetailsResourceWithRawResponse(self._resource.details)


class AsyncAnalyticsTopicsResource:
    """`AsyncClient.analytics.topics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsTopicsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsTopicsResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AsyncAnalyticsTopicsDetailsResource:
        from .details import AsyncAnalyticsTopicsDetailsResource

        return AsyncAnalyticsTopicsDetailsResource(self._client)

    async def retrieve(
        self,
        *,
        date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicsOverview:
        """Returns topics overview analytics for a given platform and mentor.  Permission Required:
        - Platform Admin - Ibl.Analytics/Mentors/read

        Args:
            date_filter (AnalyticsTopicsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsTopicsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metric (AnalyticsTopicsRetrieveMetric | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            TopicsOverview
        """
        return await self._client._send(
            _analytics_topics_retrieve.OPERATION,
            _analytics_topics_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                mentor_unique_id=mentor_unique_id,
                metric=metric,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsTopicsResourceWithRawResponse:
    """`AsyncClient.analytics.topics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsTopicsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def details(self) -> AsyncAnalyticsTopicsDetailsResourceWithRawResponse:
        from .details import AsyncAnalyticsTopicsDetailsResourceWithRawResponse

        return AsyncAnalyticsTopicsDetailsResourceWithRawResponse(self._resource.details)
