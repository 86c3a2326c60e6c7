"""`Client.analytics.sessions`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import analytics_sessions_retrieve as _analytics_sessions_retrieve
from ....models.analytics_sessions_retrieve_date_filter import AnalyticsSessionsRetrieveDateFilter
from ....models.analytics_sessions_retrieve_granularity import AnalyticsSessionsRetrieveGranularity
from ....models.analytics_sessions_retrieve_metric import AnalyticsSessionsRetrieveMetric
from ....models.sessions_chart import SessionsChart
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AnalyticsSessionsResource",
    "AnalyticsSessionsResourceWithRawResponse",
    "AsyncAnalyticsSessionsResource",
    "AsyncAnalyticsSessionsResourceWithRawResponse",
]


class AnalyticsSessionsResource:
    """`Client.analytics.sessions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsSessionsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SessionsChart:
        """Mixin for RBAC validation for mentor analytics views.  Mentor analytics endpoints
        require: 1. Aggregate analytics: First checks if user has
        \"Ibl.Analytics/CanViewAnalytics/action\"    permission on the platform resource
        (/platforms/{pk}/) when retrieving aggregate data 2. Mentor-specific access validation:
        - If mentor_unique_id is provided, validates access to that specific mentor    - Checks
        mentor owner access (if user created the mentor) via is_owner parameter    - Checks
        mentor-specific RBAC access: /platforms/{pk}/mentors/{mentor_id}/    - Uses action
        prefix \"Ibl.Analytics/Mentors/\" for mentor access validation 3. User/usergroup access
        for filtering:    - Uses \"Ibl.Analytics/Mentors/read\" action to determine accessible
        users    - Supports usergroup filtering via _get_accessible_user_ids()  This mixin
        extends AnalyticsRbacMixin to reuse shared RBAC validation logic while adding
        mentor-specific validation.  Special Case - Mentor Owner Unfiltered Access: If the
        requesting user owns the mentor (mentor.created_by == requesting_user.username) AND no
        usergroup_ids are specified, the _get_accessible_user_ids_for_mentor_analytics() method
        returns None to allow unfiltered access to all users in the platform.  Note: Mentor
        analytics APIs work with platform_key (from query params).

        Args:
            date_filter (AnalyticsSessionsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsSessionsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metric (AnalyticsSessionsRetrieveMetric | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            SessionsChart
        """
        return self._client._send(
            _analytics_sessions_retrieve.OPERATION,
            _analytics_sessions_retrieve.build_request(
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


class AnalyticsSessionsResourceWithRawResponse:
    """`Client.analytics.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsSessionsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsSessionsResource:
    """`AsyncClient.analytics.sessions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsSessionsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SessionsChart:
        """Mixin for RBAC validation for mentor analytics views.  Mentor analytics endpoints
        require: 1. Aggregate analytics: First checks if user has
        \"Ibl.Analytics/CanViewAnalytics/action\"    permission on the platform resource
        (/platforms/{pk}/) when retrieving aggregate data 2. Mentor-specific access validation:
        - If mentor_unique_id is provided, validates access to that specific mentor    - Checks
        mentor owner access (if user created the mentor) via is_owner parameter    - Checks
        mentor-specific RBAC access: /platforms/{pk}/mentors/{mentor_id}/    - Uses action
        prefix \"Ibl.Analytics/Mentors/\" for mentor access validation 3. User/usergroup access
        for filtering:    - Uses \"Ibl.Analytics/Mentors/read\" action to determine accessible
        users    - Supports usergroup filtering via _get_accessible_user_ids()  This mixin
        extends AnalyticsRbacMixin to reuse shared RBAC validation logic while adding
        mentor-specific validation.  Special Case - Mentor Owner Unfiltered Access: If the
        requesting user owns the mentor (mentor.created_by == requesting_user.username) AND no
        usergroup_ids are specified, the _get_accessible_user_ids_for_mentor_analytics() method
        returns None to allow unfiltered access to all users in the platform.  Note: Mentor
        analytics APIs work with platform_key (from query params).

        Args:
            date_filter (AnalyticsSessionsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsSessionsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metric (AnalyticsSessionsRetrieveMetric | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            SessionsChart
        """
        return await self._client._send(
            _analytics_sessions_retrieve.OPERATION,
            _analytics_sessions_retrieve.build_request(
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


class AsyncAnalyticsSessionsResourceWithRawResponse:
    """`AsyncClient.analytics.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsSessionsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
