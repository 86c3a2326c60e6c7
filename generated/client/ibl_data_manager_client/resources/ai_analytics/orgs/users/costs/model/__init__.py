"""`Client.ai_analytics.orgs.users.costs.model`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_orgs_users_costs_model_retrieve as _ai_analytics_orgs_users_costs_model_retrieve,
)
from .......models.model_cost import ModelCost

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersCostsModelResource",
    "AiAnalyticsOrgsUsersCostsModelResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersCostsModelResource",
    "AsyncAiAnalyticsOrgsUsersCostsModelResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersCostsModelResource:
    """`Client.ai_analytics.orgs.users.costs.model`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersCostsModelResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersCostsModelResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> ModelCost:
        """Retrieve the  model costs for a tenant  Filter parameters for period are start_date and
        enddate  Accessible to tenant Admins only.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            ModelCost
        """
        return self._client._send(
            _ai_analytics_orgs_users_costs_model_retrieve.OPERATION,
            _ai_analytics_orgs_users_costs_model_retrieve.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AiAnalyticsOrgsUsersCostsModelResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.costs.model`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersCostsModelResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsOrgsUsersCostsModelResource:
    """`AsyncClient.ai_analytics.orgs.users.costs.model`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersCostsModelResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersCostsModelResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        **options: Unpack[RequestOptions],
    ) -> ModelCost:
        """Retrieve the  model costs for a tenant  Filter parameters for period are start_date and
        enddate  Accessible to tenant Admins only.

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.datetime, query)
            start_date (datetime.datetime, query)

        Returns:
            ModelCost
        """
        return await self._client._send(
            _ai_analytics_orgs_users_costs_model_retrieve.OPERATION,
            _ai_analytics_orgs_users_costs_model_retrieve.build_request(
                org=org, user_id=user_id, end_date=end_date, start_date=start_date
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersCostsModelResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.costs.model`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersCostsModelResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
