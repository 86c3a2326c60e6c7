"""`Client.ai_analytics.orgs.users.costs.peruser`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_orgs_users_costs_peruser_retrieve as _ai_analytics_orgs_users_costs_peruser_retrieve,
)
from .......models.llm_traces_list_response import LLMTracesListResponse

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersCostsPeruserResource",
    "AiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersCostsPeruserResource",
    "AsyncAiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersCostsPeruserResource:
    """`Client.ai_analytics.orgs.users.costs.peruser`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> LLMTracesListResponse:
        """Retrieve LLM usage costs aggregated by user.  This endpoint returns data on the total
        cost of LLM usage for each user within a specified date range, with pagination support.
        The costs are calculated by summing the costs of all observations associated with traces
        from the user's sessions.  Args:     request: The HTTP request containing filter query
        parameters.     org: Organization key identifier.  Returns:     Response: Paginated list
        of users with their total LLM usage costs.  Raises:     NotFound: If the specified
        organization does not exist.     BadRequest: If the provided parameters are invalid.
        Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) -
        required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     limit
        (int): Number of results per page - default: 10.     offset (int): Offset for pagination
        - default: 0.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            LLMTracesListResponse
        """
        return self._client._send(
            _ai_analytics_orgs_users_costs_peruser_retrieve.OPERATION,
            _ai_analytics_orgs_users_costs_peruser_retrieve.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.costs.peruser`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersCostsPeruserResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersCostsPeruserResource:
    """`AsyncClient.ai_analytics.orgs.users.costs.peruser`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> LLMTracesListResponse:
        """Retrieve LLM usage costs aggregated by user.  This endpoint returns data on the total
        cost of LLM usage for each user within a specified date range, with pagination support.
        The costs are calculated by summing the costs of all observations associated with traces
        from the user's sessions.  Args:     request: The HTTP request containing filter query
        parameters.     org: Organization key identifier.  Returns:     Response: Paginated list
        of users with their total LLM usage costs.  Raises:     NotFound: If the specified
        organization does not exist.     BadRequest: If the provided parameters are invalid.
        Query Parameters:     start_date (str): Start date for filtering (YYYY-MM-DD) -
        required.     end_date (str): End date for filtering (YYYY-MM-DD) - required.     limit
        (int): Number of results per page - default: 10.     offset (int): Offset for pagination
        - default: 0.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            LLMTracesListResponse
        """
        return await self._client._send(
            _ai_analytics_orgs_users_costs_peruser_retrieve.OPERATION,
            _ai_analytics_orgs_users_costs_peruser_retrieve.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersCostsPeruserResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.costs.peruser`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersCostsPeruserResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
