"""`Client.ai_analytics.engagement.orgs.time.average_perlearner_percourse`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve as _ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve,
)
from .......models.ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_format import (
    AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat,
)
from .......models.average_overtime import AverageOvertime
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource",
    "AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource",
    "AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource:
    """`Client.ai_analytics.engagement.orgs.time.average_perlearner_percourse`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AverageOvertime:
        """Average time spent by a learner in enrolled courses. Gives a rough estimate of whats the
        average time that would be spent by a learner in a course  Query Params 1. start_date
        e.g 2020-10-01 2. end_date e.g 2020-10-10

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat |
                Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            AverageOvertime
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.time.average_perlearner_percourse`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource:
    """`AsyncClient.ai_analytics.engagement.orgs.time.average_perlearner_percourse`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse(
            self
        )

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AverageOvertime:
        """Average time spent by a learner in enrolled courses. Gives a rough estimate of whats the
        average time that would be spent by a learner in a course  Query Params 1. start_date
        e.g 2020-10-01 2. end_date e.g 2020-10-10

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat |
                Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            AverageOvertime
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.time.average_perlearner_percourse`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
