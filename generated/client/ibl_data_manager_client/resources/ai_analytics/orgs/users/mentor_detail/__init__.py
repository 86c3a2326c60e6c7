"""`Client.ai_analytics.orgs.users.mentor_detail`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_mentor_detail_retrieve as _ai_analytics_orgs_users_mentor_detail_retrieve,
)
from ......models.mentor_detail_analytics import MentorDetailAnalytics

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersMentorDetailResource",
    "AiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersMentorDetailResource",
    "AsyncAiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersMentorDetailResource:
    """`Client.ai_analytics.orgs.users.mentor_detail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse(self)

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
            _ai_analytics_orgs_users_mentor_detail_retrieve.OPERATION,
            _ai_analytics_orgs_users_mentor_detail_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.mentor_detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersMentorDetailResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersMentorDetailResource:
    """`AsyncClient.ai_analytics.orgs.users.mentor_detail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse(self)

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
            _ai_analytics_orgs_users_mentor_detail_retrieve.OPERATION,
            _ai_analytics_orgs_users_mentor_detail_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiAnalyticsOrgsUsersMentorDetailResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.mentor_detail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersMentorDetailResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
