"""`Client.analytics.conversations`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import (
    analytics_conversations_retrieve as _analytics_conversations_retrieve,
)
from ....models.analytics_conversations_retrieve_date_filter import (
    AnalyticsConversationsRetrieveDateFilter,
)
from ....models.analytics_conversations_retrieve_granularity import (
    AnalyticsConversationsRetrieveGranularity,
)
from ....models.analytics_conversations_retrieve_metric import AnalyticsConversationsRetrieveMetric
from ....models.conversations_chart import ConversationsChart
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AnalyticsConversationsResource",
    "AnalyticsConversationsResourceWithRawResponse",
    "AsyncAnalyticsConversationsResource",
    "AsyncAnalyticsConversationsResourceWithRawResponse",
]


class AnalyticsConversationsResource:
    """`Client.analytics.conversations`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsConversationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsConversationsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        date_filter: AnalyticsConversationsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsConversationsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsConversationsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationsChart:
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
            date_filter (AnalyticsConversationsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsConversationsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metric (AnalyticsConversationsRetrieveMetric | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ConversationsChart
        """
        return self._client._send(
            _analytics_conversations_retrieve.OPERATION,
            _analytics_conversations_retrieve.build_request(
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


class AnalyticsConversationsResourceWithRawResponse:
    """`Client.analytics.conversations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsConversationsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsConversationsResource:
    """`AsyncClient.analytics.conversations`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsConversationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsConversationsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        date_filter: AnalyticsConversationsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsConversationsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsConversationsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationsChart:
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
            date_filter (AnalyticsConversationsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            granularity (AnalyticsConversationsRetrieveGranularity | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metric (AnalyticsConversationsRetrieveMetric | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            ConversationsChart
        """
        return await self._client._send(
            _analytics_conversations_retrieve.OPERATION,
            _analytics_conversations_retrieve.build_request(
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


class AsyncAnalyticsConversationsResourceWithRawResponse:
    """`AsyncClient.analytics.conversations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsConversationsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
