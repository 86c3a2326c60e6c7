"""`Client.analytics.topics.details`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    analytics_topics_details_retrieve as _analytics_topics_details_retrieve,
)
from .....models.analytics_topics_details_retrieve_date_filter import (
    AnalyticsTopicsDetailsRetrieveDateFilter,
)
from .....models.topic_details import TopicDetails
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsTopicsDetailsResource",
    "AnalyticsTopicsDetailsResourceWithRawResponse",
    "AsyncAnalyticsTopicsDetailsResource",
    "AsyncAnalyticsTopicsDetailsResourceWithRawResponse",
]


class AnalyticsTopicsDetailsResource:
    """`Client.analytics.topics.details`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsTopicsDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsTopicsDetailsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        date_filter: AnalyticsTopicsDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicDetails:
        """Returns topic details Analytics for a given platform and mentor.  Permission Required: -
        Platform Admin - Ibl.Analytics/Mentors/read

        Args:
            date_filter (AnalyticsTopicsDetailsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            TopicDetails
        """
        return self._client._send(
            _analytics_topics_details_retrieve.OPERATION,
            _analytics_topics_details_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                page=page,
                platform_key=platform_key,
                search=search,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsTopicsDetailsResourceWithRawResponse:
    """`Client.analytics.topics.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsTopicsDetailsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsTopicsDetailsResource:
    """`AsyncClient.analytics.topics.details`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsTopicsDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsTopicsDetailsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        date_filter: AnalyticsTopicsDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TopicDetails:
        """Returns topic details Analytics for a given platform and mentor.  Permission Required: -
        Platform Admin - Ibl.Analytics/Mentors/read

        Args:
            date_filter (AnalyticsTopicsDetailsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            TopicDetails
        """
        return await self._client._send(
            _analytics_topics_details_retrieve.OPERATION,
            _analytics_topics_details_retrieve.build_request(
                date_filter=date_filter,
                end_date=end_date,
                limit=limit,
                mentor_unique_id=mentor_unique_id,
                page=page,
                platform_key=platform_key,
                search=search,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsTopicsDetailsResourceWithRawResponse:
    """`AsyncClient.analytics.topics.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsTopicsDetailsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
