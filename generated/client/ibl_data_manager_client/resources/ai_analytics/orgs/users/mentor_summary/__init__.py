"""`Client.ai_analytics.orgs.users.mentor_summary`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_mentor_summary_retrieve as _ai_analytics_orgs_users_mentor_summary_retrieve,
)
from ......models.mentor_detail_analytics import MentorDetailAnalytics

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersMentorSummaryResource",
    "AiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersMentorSummaryResource",
    "AsyncAiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersMentorSummaryResource:
    """`Client.ai_analytics.orgs.users.mentor_summary`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> MentorDetailAnalytics:
        """Retrieve summary statistics about mentors.  This endpoint returns aggregated statistics
        about mentors within an organization, including total mentors, active mentors (mentors
        with at least one session), questions answered, and ratings.  Args:     request: The
        HTTP request.     org: Organization key identifier.  Returns:     Response: Summary
        statistics about mentors.  Raises:     NotFound: If the specified organization does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            MentorDetailAnalytics
        """
        return self._client._send(
            _ai_analytics_orgs_users_mentor_summary_retrieve.OPERATION,
            _ai_analytics_orgs_users_mentor_summary_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.mentor_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersMentorSummaryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersMentorSummaryResource:
    """`AsyncClient.ai_analytics.orgs.users.mentor_summary`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> MentorDetailAnalytics:
        """Retrieve summary statistics about mentors.  This endpoint returns aggregated statistics
        about mentors within an organization, including total mentors, active mentors (mentors
        with at least one session), questions answered, and ratings.  Args:     request: The
        HTTP request.     org: Organization key identifier.  Returns:     Response: Summary
        statistics about mentors.  Raises:     NotFound: If the specified organization does not
        exist.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            MentorDetailAnalytics
        """
        return await self._client._send(
            _ai_analytics_orgs_users_mentor_summary_retrieve.OPERATION,
            _ai_analytics_orgs_users_mentor_summary_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersMentorSummaryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.mentor_summary`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersMentorSummaryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
