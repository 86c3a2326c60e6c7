"""`Client.analytics.users.details`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    analytics_users_details_retrieve as _analytics_users_details_retrieve,
)
from .....models.analytics_users_details_retrieve_date_filter import (
    AnalyticsUsersDetailsRetrieveDateFilter,
)
from .....models.user_detail import UserDetail
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsUsersDetailsResource",
    "AnalyticsUsersDetailsResourceWithRawResponse",
    "AsyncAnalyticsUsersDetailsResource",
    "AsyncAnalyticsUsersDetailsResourceWithRawResponse",
]


class AnalyticsUsersDetailsResource:
    """`Client.analytics.users.details`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsUsersDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsUsersDetailsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserDetail:
        """User Details API - Comprehensive user activity details with search and filtering.
        Provides detailed user information including:         - User contact information (email,
        full name)         - Activity metrics (message count, last activity)         - Search
        functionality across multiple fields         - Flexible date range filtering         -
        CSV export capability                  **Key Features:**         - Full-text search
        across email, name, and user ID         - Date range filtering for activity periods
        - Platform and mentor-specific filtering         - Comprehensive pagination with
        metadata         - CSV export for data analysis         - User aggregation across
        platforms/mentors                  **Search Capabilities:**         - Email address
        matching         - Full name search         - User ID lookup         - Partial string
        matching (case-insensitive)                  **Export Options:**         - JSON response
        (default)         - CSV export (?export=csv)         - Includes all user fields in
        export

        Args:
            date_filter (AnalyticsUsersDetailsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            UserDetail
        """
        return self._client._send(
            _analytics_users_details_retrieve.OPERATION,
            _analytics_users_details_retrieve.build_request(
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


class AnalyticsUsersDetailsResourceWithRawResponse:
    """`Client.analytics.users.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsUsersDetailsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsUsersDetailsResource:
    """`AsyncClient.analytics.users.details`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsUsersDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsUsersDetailsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserDetail:
        """User Details API - Comprehensive user activity details with search and filtering.
        Provides detailed user information including:         - User contact information (email,
        full name)         - Activity metrics (message count, last activity)         - Search
        functionality across multiple fields         - Flexible date range filtering         -
        CSV export capability                  **Key Features:**         - Full-text search
        across email, name, and user ID         - Date range filtering for activity periods
        - Platform and mentor-specific filtering         - Comprehensive pagination with
        metadata         - CSV export for data analysis         - User aggregation across
        platforms/mentors                  **Search Capabilities:**         - Email address
        matching         - Full name search         - User ID lookup         - Partial string
        matching (case-insensitive)                  **Export Options:**         - JSON response
        (default)         - CSV export (?export=csv)         - Includes all user fields in
        export

        Args:
            date_filter (AnalyticsUsersDetailsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)

        Returns:
            UserDetail
        """
        return await self._client._send(
            _analytics_users_details_retrieve.OPERATION,
            _analytics_users_details_retrieve.build_request(
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


class AsyncAnalyticsUsersDetailsResourceWithRawResponse:
    """`AsyncClient.analytics.users.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsUsersDetailsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
