"""`Client.ai_analytics.costs.pertenant`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    ai_analytics_costs_pertenant_list as _ai_analytics_costs_pertenant_list,
)
from .....models.cost_per_tenant import CostPerTenant

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsCostsPertenantResource",
    "AiAnalyticsCostsPertenantResourceWithRawResponse",
    "AsyncAiAnalyticsCostsPertenantResource",
    "AsyncAiAnalyticsCostsPertenantResourceWithRawResponse",
]


class AiAnalyticsCostsPertenantResource:
    """`Client.ai_analytics.costs.pertenant`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsCostsPertenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsCostsPertenantResourceWithRawResponse(self)

    def list(
        self,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> list[CostPerTenant]:
        """Retrieve paginated LLM usage costs aggregated by tenant.

        Args:
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            list[CostPerTenant]
        """
        return self._client._send(
            _ai_analytics_costs_pertenant_list.OPERATION,
            _ai_analytics_costs_pertenant_list.build_request(
                end_date=end_date, start_date=start_date
            ),
            options,
        )


class AiAnalyticsCostsPertenantResourceWithRawResponse:
    """`Client.ai_analytics.costs.pertenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsCostsPertenantResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiAnalyticsCostsPertenantResource:
    """`AsyncClient.ai_analytics.costs.pertenant`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsCostsPertenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsCostsPertenantResourceWithRawResponse(self)

    async def list(
        self,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> list[CostPerTenant]:
        """Retrieve paginated LLM usage costs aggregated by tenant.

        Args:
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            list[CostPerTenant]
        """
        return await self._client._send(
            _ai_analytics_costs_pertenant_list.OPERATION,
            _ai_analytics_costs_pertenant_list.build_request(
                end_date=end_date, start_date=start_date
            ),
            options,
        )


class AsyncAiAnalyticsCostsPertenantResourceWithRawResponse:
    """`AsyncClient.ai_analytics.costs.pertenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsCostsPertenantResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
