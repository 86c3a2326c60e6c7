"""`Client.ai_analytics.orgs.users.costs.permentor`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_orgs_users_costs_permentor_retrieve as _ai_analytics_orgs_users_costs_permentor_retrieve,
)
from .......models.tenant_mentor_traces import TenantMentorTraces

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersCostsPermentorResource",
    "AiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersCostsPermentorResource",
    "AsyncAiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersCostsPermentorResource:
    """`Client.ai_analytics.orgs.users.costs.permentor`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> TenantMentorTraces:
        """Retrieve LLM usage costs aggregated by mentor.  This endpoint returns data on the total
        cost of LLM usage for each mentor within a specified date range, with pagination
        support. The costs are calculated by summing the costs of all observations associated
        with traces from the mentor's sessions.  Args:     request: The HTTP request containing
        filter query parameters.     org: Organization key identifier.  Returns:     Response:
        Paginated list of mentors with their total LLM usage costs.  Raises:     NotFound: If
        the specified organization does not exist.     BadRequest: If the provided parameters
        are invalid.  Query Parameters:     start_date (str): Start date for filtering
        (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) -
        required.     limit (int): Number of results per page - default: 5.     offset (int):
        Offset for pagination - default: 0.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            TenantMentorTraces
        """
        return self._client._send(
            _ai_analytics_orgs_users_costs_permentor_retrieve.OPERATION,
            _ai_analytics_orgs_users_costs_permentor_retrieve.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.costs.permentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersCostsPermentorResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersCostsPermentorResource:
    """`AsyncClient.ai_analytics.orgs.users.costs.permentor`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> TenantMentorTraces:
        """Retrieve LLM usage costs aggregated by mentor.  This endpoint returns data on the total
        cost of LLM usage for each mentor within a specified date range, with pagination
        support. The costs are calculated by summing the costs of all observations associated
        with traces from the mentor's sessions.  Args:     request: The HTTP request containing
        filter query parameters.     org: Organization key identifier.  Returns:     Response:
        Paginated list of mentors with their total LLM usage costs.  Raises:     NotFound: If
        the specified organization does not exist.     BadRequest: If the provided parameters
        are invalid.  Query Parameters:     start_date (str): Start date for filtering
        (YYYY-MM-DD) - required.     end_date (str): End date for filtering (YYYY-MM-DD) -
        required.     limit (int): Number of results per page - default: 5.     offset (int):
        Offset for pagination - default: 0.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            TenantMentorTraces
        """
        return await self._client._send(
            _ai_analytics_orgs_users_costs_permentor_retrieve.OPERATION,
            _ai_analytics_orgs_users_costs_permentor_retrieve.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersCostsPermentorResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.costs.permentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersCostsPermentorResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
