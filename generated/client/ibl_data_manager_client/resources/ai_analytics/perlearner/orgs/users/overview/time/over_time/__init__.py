"""`Client.ai_analytics.perlearner.orgs.users.overview.time.over_time`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........._operation import RequestOptions
from ........._response import async_to_raw_response, to_raw_response
from .........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve as _ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve,
)
from .........models.ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat,
)
from .........models.over_time_with_total import OverTimeWithTotal
from .........types import UNSET, Unset

if TYPE_CHECKING:
    from ........._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource",
    "AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource:
    """`Client.ai_analytics.perlearner.orgs.users.overview.time.over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Time spent in secs on a per-day basis  Query Params 1. course_id <optional> e.g
        course-v1:Org+Course4+Run 2. user_id <optional> e.g developer@ibleducation.com or dev123
        (username|email) 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result
        when no query param is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.overview.time.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.time.over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Time spent in secs on a per-day basis  Query Params 1. course_id <optional> e.g
        course-v1:Org+Course4+Run 2. user_id <optional> e.g developer@ibleducation.com or dev123
        (username|email) 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10  Default result
        when no query param is added is last_7_days (today inclusive)

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset,
                query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.time.over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
