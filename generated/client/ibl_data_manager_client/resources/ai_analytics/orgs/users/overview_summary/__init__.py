"""`Client.ai_analytics.orgs.users.overview_summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_overview_summary_retrieve as _ai_analytics_orgs_users_overview_summary_retrieve,
)
from ......models.analytics_overview import AnalyticsOverview
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersOverviewSummaryResource",
    "AiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersOverviewSummaryResource",
    "AsyncAiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersOverviewSummaryResource:
    """`Client.ai_analytics.orgs.users.overview_summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsOverview:
        """Retrieve an overview of key analytics metrics.  This endpoint returns a comprehensive
        overview of key analytics metrics for an organization, including: - Conversation volume:
        Total sessions and month-over-month change - Users: Total unique users and
        month-over-month change - Topics: Total unique topics and month-over-month change - User
        ratings: Total ratings and month-over-month change  Results can be filtered by mentor.
        Args:     request: The HTTP request containing filter query parameters.     org:
        Organization key identifier.     user_id: User identifier (not used in the
        implementation).  Returns:     Response: Overview of key analytics metrics with
        month-over-month changes.  Raises:     NotFound: If the specified organization does not
        exist.  Query Parameters:     mentor_id (str): Filter analytics by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            AnalyticsOverview
        """
        return self._client._send(
            _ai_analytics_orgs_users_overview_summary_retrieve.OPERATION,
            _ai_analytics_orgs_users_overview_summary_retrieve.build_request(
                org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
            ),
            options,
        )


class AiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.overview_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersOverviewSummaryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersOverviewSummaryResource:
    """`AsyncClient.ai_analytics.orgs.users.overview_summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AnalyticsOverview:
        """Retrieve an overview of key analytics metrics.  This endpoint returns a comprehensive
        overview of key analytics metrics for an organization, including: - Conversation volume:
        Total sessions and month-over-month change - Users: Total unique users and
        month-over-month change - Topics: Total unique topics and month-over-month change - User
        ratings: Total ratings and month-over-month change  Results can be filtered by mentor.
        Args:     request: The HTTP request containing filter query parameters.     org:
        Organization key identifier.     user_id: User identifier (not used in the
        implementation).  Returns:     Response: Overview of key analytics metrics with
        month-over-month changes.  Raises:     NotFound: If the specified organization does not
        exist.  Query Parameters:     mentor_id (str): Filter analytics by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            AnalyticsOverview
        """
        return await self._client._send(
            _ai_analytics_orgs_users_overview_summary_retrieve.OPERATION,
            _ai_analytics_orgs_users_overview_summary_retrieve.build_request(
                org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersOverviewSummaryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.overview_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersOverviewSummaryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
