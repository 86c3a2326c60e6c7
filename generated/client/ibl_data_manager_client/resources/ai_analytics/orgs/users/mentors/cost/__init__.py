"""`Client.ai_analytics.orgs.users.mentors.cost`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_orgs_users_mentors_cost_retrieve as _ai_analytics_orgs_users_mentors_cost_retrieve,
)
from .......models.cost import Cost

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersMentorsCostResource",
    "AiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersMentorsCostResource",
    "AsyncAiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersMentorsCostResource:
    """`Client.ai_analytics.orgs.users.mentors.cost`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor_unique_id: str,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> Cost:
        """Retrieve LLM usage costs for a specific mentor.  This endpoint returns data on the total
        cost of LLM usage for a specific mentor within a specified date range. The cost is
        calculated by summing the costs of all observations associated with traces from the
        tenant's sessions.  Args:     request: The HTTP request containing filter query
        parameters.     org: Organization key identifier.     mentor_unique_id: User key
        identifier.  Returns:     Response: Total LLM usage cost for the specified tenant.
        Raises:     NotFound: If the specified organization does not exist.     BadRequest: If
        the provided parameters are invalid.  Query Parameters:     start_date (str): Start date
        for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering
        (YYYY-MM-DD) - required.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_unique_id (str, path)
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            Cost
        """
        return self._client._send(
            _ai_analytics_orgs_users_mentors_cost_retrieve.OPERATION,
            _ai_analytics_orgs_users_mentors_cost_retrieve.build_request(
                org=org,
                user_id=user_id,
                mentor_unique_id=mentor_unique_id,
                end_date=end_date,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.mentors.cost`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersMentorsCostResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersMentorsCostResource:
    """`AsyncClient.ai_analytics.orgs.users.mentors.cost`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        mentor_unique_id: str,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> Cost:
        """Retrieve LLM usage costs for a specific mentor.  This endpoint returns data on the total
        cost of LLM usage for a specific mentor within a specified date range. The cost is
        calculated by summing the costs of all observations associated with traces from the
        tenant's sessions.  Args:     request: The HTTP request containing filter query
        parameters.     org: Organization key identifier.     mentor_unique_id: User key
        identifier.  Returns:     Response: Total LLM usage cost for the specified tenant.
        Raises:     NotFound: If the specified organization does not exist.     BadRequest: If
        the provided parameters are invalid.  Query Parameters:     start_date (str): Start date
        for filtering (YYYY-MM-DD) - required.     end_date (str): End date for filtering
        (YYYY-MM-DD) - required.

        Args:
            org (str, path)
            user_id (str, path)
            mentor_unique_id (str, path)
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            Cost
        """
        return await self._client._send(
            _ai_analytics_orgs_users_mentors_cost_retrieve.OPERATION,
            _ai_analytics_orgs_users_mentors_cost_retrieve.build_request(
                org=org,
                user_id=user_id,
                mentor_unique_id=mentor_unique_id,
                end_date=end_date,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersMentorsCostResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.mentors.cost`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersMentorsCostResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
