"""`Client.ai_analytics.orgs.users.user_metrics`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_user_metrics_retrieve as _ai_analytics_orgs_users_user_metrics_retrieve,
)
from ......models.user_metrics_response import UserMetricsResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersUserMetricsResource",
    "AiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersUserMetricsResource",
    "AsyncAiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersUserMetricsResource:
    """`Client.ai_analytics.orgs.users.user_metrics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMetricsResponse:
        """Retrieve comprehensive user metrics.  This endpoint returns data on various user metrics
        with month-over-month change calculations: - Registered users: Total users registered on
        the platform - New users: Users who joined in the current month - Unique users: Distinct
        users who have had sessions - Veteran users: Users who have been active for at least 6
        months  Results can be filtered by mentor.  Args:     request: The HTTP request
        containing filter query parameters.     org: Organization key identifier.  Returns:
        Response: Comprehensive user metrics with month-over-month changes.  Raises:
        NotFound: If the specified organization does not exist.  Query Parameters:     mentor_id
        (str): Filter metrics by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            UserMetricsResponse
        """
        return self._client._send(
            _ai_analytics_orgs_users_user_metrics_retrieve.OPERATION,
            _ai_analytics_orgs_users_user_metrics_retrieve.build_request(
                org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
            ),
            options,
        )


class AiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.user_metrics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersUserMetricsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersUserMetricsResource:
    """`AsyncClient.ai_analytics.orgs.users.user_metrics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserMetricsResponse:
        """Retrieve comprehensive user metrics.  This endpoint returns data on various user metrics
        with month-over-month change calculations: - Registered users: Total users registered on
        the platform - New users: Users who joined in the current month - Unique users: Distinct
        users who have had sessions - Veteran users: Users who have been active for at least 6
        months  Results can be filtered by mentor.  Args:     request: The HTTP request
        containing filter query parameters.     org: Organization key identifier.  Returns:
        Response: Comprehensive user metrics with month-over-month changes.  Raises:
        NotFound: If the specified organization does not exist.  Query Parameters:     mentor_id
        (str): Filter metrics by mentor unique ID.

        Args:
            org (str, path)
            user_id (str, path)
            group_by (str | Unset, query)
            mentor_id (str | Unset, query)

        Returns:
            UserMetricsResponse
        """
        return await self._client._send(
            _ai_analytics_orgs_users_user_metrics_retrieve.OPERATION,
            _ai_analytics_orgs_users_user_metrics_retrieve.build_request(
                org=org, user_id=user_id, group_by=group_by, mentor_id=mentor_id
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersUserMetricsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.user_metrics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersUserMetricsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
