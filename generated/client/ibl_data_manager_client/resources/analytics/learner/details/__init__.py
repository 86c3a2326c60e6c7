"""`Client.analytics.learner.details`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    analytics_learner_details_retrieve as _analytics_learner_details_retrieve,
)
from .....models.analytics_learner_details_retrieve_date_filter import (
    AnalyticsLearnerDetailsRetrieveDateFilter,
)
from .....models.analytics_learner_details_retrieve_granularity import (
    AnalyticsLearnerDetailsRetrieveGranularity,
)
from .....models.learner_details_response import LearnerDetailsResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsLearnerDetailsResource",
    "AnalyticsLearnerDetailsResourceWithRawResponse",
    "AsyncAnalyticsLearnerDetailsResource",
    "AsyncAnalyticsLearnerDetailsResourceWithRawResponse",
]


class AnalyticsLearnerDetailsResource:
    """`Client.analytics.learner.details`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsLearnerDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsLearnerDetailsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        username: str,
        date_filter: AnalyticsLearnerDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnerDetailsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metrics: str | Unset = UNSET,
        overtime: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LearnerDetailsResponse:
        """Retrieve a holistic snapshot of a learner across catalog enrollments, mentor
        engagement, skills, credentials, and time spent data. The `metrics` query parameter
        controls         which sections are returned and defaults to `courses` when omitted.

        Args:
            username (str, query)
            date_filter (AnalyticsLearnerDetailsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsLearnerDetailsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metrics (str | Unset, query)
            overtime (bool | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            LearnerDetailsResponse
        """
        return self._client._send(
            _analytics_learner_details_retrieve.OPERATION,
            _analytics_learner_details_retrieve.build_request(
                username=username,
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                mentor_unique_id=mentor_unique_id,
                metrics=metrics,
                overtime=overtime,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AnalyticsLearnerDetailsResourceWithRawResponse:
    """`Client.analytics.learner.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsLearnerDetailsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsLearnerDetailsResource:
    """`AsyncClient.analytics.learner.details`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsLearnerDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsLearnerDetailsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        username: str,
        date_filter: AnalyticsLearnerDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnerDetailsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metrics: str | Unset = UNSET,
        overtime: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LearnerDetailsResponse:
        """Retrieve a holistic snapshot of a learner across catalog enrollments, mentor
        engagement, skills, credentials, and time spent data. The `metrics` query parameter
        controls         which sections are returned and defaults to `courses` when omitted.

        Args:
            username (str, query)
            date_filter (AnalyticsLearnerDetailsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsLearnerDetailsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metrics (str | Unset, query)
            overtime (bool | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            LearnerDetailsResponse
        """
        return await self._client._send(
            _analytics_learner_details_retrieve.OPERATION,
            _analytics_learner_details_retrieve.build_request(
                username=username,
                date_filter=date_filter,
                end_date=end_date,
                granularity=granularity,
                mentor_unique_id=mentor_unique_id,
                metrics=metrics,
                overtime=overtime,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
            ),
            options,
        )


class AsyncAnalyticsLearnerDetailsResourceWithRawResponse:
    """`AsyncClient.analytics.learner.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsLearnerDetailsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
