"""`Client.analytics.financial.details`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    analytics_financial_details_retrieve as _analytics_financial_details_retrieve,
)
from .....models.analytics_financial_details_retrieve_date_filter import (
    AnalyticsFinancialDetailsRetrieveDateFilter,
)
from .....models.analytics_financial_details_retrieve_group_by import (
    AnalyticsFinancialDetailsRetrieveGroupBy,
)
from .....models.finance_details_response import FinanceDetailsResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsFinancialDetailsResource",
    "AnalyticsFinancialDetailsResourceWithRawResponse",
    "AsyncAnalyticsFinancialDetailsResource",
    "AsyncAnalyticsFinancialDetailsResourceWithRawResponse",
]


class AnalyticsFinancialDetailsResource:
    """`Client.analytics.financial.details`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsFinancialDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsFinancialDetailsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        group_by: AnalyticsFinancialDetailsRetrieveGroupBy,
        date_filter: AnalyticsFinancialDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metrics: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FinanceDetailsResponse:
        """Financial Details Analytics API – paginated cost tables with flexible grouping.  This
        endpoint returns tabular cost metrics aggregated by the dimension specified via the
        `group_by` query parameter.  One or more KPI columns can be requested through the
        comma-separated `metrics` list while typical filters (date range, provider,
        platform_key, user, etc.) narrow the dataset.  Results are paginated with `page` /
        `limit`.  **Required query parameters** - group_by – provider | llm_model | username |
        mentor | platform - metrics – csv list of KPI names, e.g. total_cost, sessions  **Shared
        optional filters** - start_date, end_date   – ISO yyyy-mm-dd (ignored when
        all_time=true) - platform_key           – tenant isolation - mentor_unique_id       –
        filter to one mentor - username               – filter to a learner - provider /
        llm_model   – filter to LLM provider / model - all_time               – true → lifetime
        totals - page (default 1), limit (default 50)  **Examples** -------- 1. Cost by provider
        for the last week ```    GET /api/v2/analytics/financial/details?
        group_by=provider&        metrics=total_cost&        start_date=2025-01-01&
        end_date=2025-01-07&        page=1&limit=10 ```  2. Lifetime cost per user with extra
        KPIs    ```    GET /api/v2/analytics/financial/details?        group_by=username&
        metrics=total_cost,sessions&        all_time=true&page=1&limit=50    ``` 3. Cost by LLM
        model with tenant filter ```    GET /api/v2/analytics/financial/details?
        group_by=llm_model&        metrics=total_cost&        platform_key=web-app&
        start_date=2025-01-01&end_date=2025-01-31 ``` Response structure ------------------- ```
        {   \"page\": 1,   \"limit\": 10,   \"total_pages\": 1,   \"total_records\": 3,
        \"rows\": [     {\"provider\": \"openai\", \"total_cost\": \"2.50000\"},
        {\"provider\": \"anthropic\", \"total_cost\": \"1.00000\"},     {\"provider\":
        \"azure\",    \"total_cost\": \"0.50000\"}   ],   \"metrics\": [     {       \"name\":
        \"total_cost\",       \"unit\": \"$\",       \"description\": \"Cost for this entity in
        period\"     }   ],   \"total_cost\": \"4.00000\"   // optional grand-total when
        available } ``

        Args:
            group_by (AnalyticsFinancialDetailsRetrieveGroupBy, query)
            date_filter (AnalyticsFinancialDetailsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            llm_model (str | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metrics (str | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            provider (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)
            username (str | Unset, query)

        Returns:
            FinanceDetailsResponse
        """
        return self._client._send(
            _analytics_financial_details_retrieve.OPERATION,
            _analytics_financial_details_retrieve.build_request(
                group_by=group_by,
                date_filter=date_filter,
                end_date=end_date,
                limit=limit,
                llm_model=llm_model,
                mentor_unique_id=mentor_unique_id,
                metrics=metrics,
                page=page,
                platform_key=platform_key,
                provider=provider,
                search=search,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
                username=username,
            ),
            options,
        )


class AnalyticsFinancialDetailsResourceWithRawResponse:
    """`Client.analytics.financial.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsFinancialDetailsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsFinancialDetailsResource:
    """`AsyncClient.analytics.financial.details`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsFinancialDetailsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsFinancialDetailsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        group_by: AnalyticsFinancialDetailsRetrieveGroupBy,
        date_filter: AnalyticsFinancialDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metrics: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FinanceDetailsResponse:
        """Financial Details Analytics API – paginated cost tables with flexible grouping.  This
        endpoint returns tabular cost metrics aggregated by the dimension specified via the
        `group_by` query parameter.  One or more KPI columns can be requested through the
        comma-separated `metrics` list while typical filters (date range, provider,
        platform_key, user, etc.) narrow the dataset.  Results are paginated with `page` /
        `limit`.  **Required query parameters** - group_by – provider | llm_model | username |
        mentor | platform - metrics – csv list of KPI names, e.g. total_cost, sessions  **Shared
        optional filters** - start_date, end_date   – ISO yyyy-mm-dd (ignored when
        all_time=true) - platform_key           – tenant isolation - mentor_unique_id       –
        filter to one mentor - username               – filter to a learner - provider /
        llm_model   – filter to LLM provider / model - all_time               – true → lifetime
        totals - page (default 1), limit (default 50)  **Examples** -------- 1. Cost by provider
        for the last week ```    GET /api/v2/analytics/financial/details?
        group_by=provider&        metrics=total_cost&        start_date=2025-01-01&
        end_date=2025-01-07&        page=1&limit=10 ```  2. Lifetime cost per user with extra
        KPIs    ```    GET /api/v2/analytics/financial/details?        group_by=username&
        metrics=total_cost,sessions&        all_time=true&page=1&limit=50    ``` 3. Cost by LLM
        model with tenant filter ```    GET /api/v2/analytics/financial/details?
        group_by=llm_model&        metrics=total_cost&        platform_key=web-app&
        start_date=2025-01-01&end_date=2025-01-31 ``` Response structure ------------------- ```
        {   \"page\": 1,   \"limit\": 10,   \"total_pages\": 1,   \"total_records\": 3,
        \"rows\": [     {\"provider\": \"openai\", \"total_cost\": \"2.50000\"},
        {\"provider\": \"anthropic\", \"total_cost\": \"1.00000\"},     {\"provider\":
        \"azure\",    \"total_cost\": \"0.50000\"}   ],   \"metrics\": [     {       \"name\":
        \"total_cost\",       \"unit\": \"$\",       \"description\": \"Cost for this entity in
        period\"     }   ],   \"total_cost\": \"4.00000\"   // optional grand-total when
        available } ``

        Args:
            group_by (AnalyticsFinancialDetailsRetrieveGroupBy, query)
            date_filter (AnalyticsFinancialDetailsRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            limit (int | Unset, query)
            llm_model (str | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            metrics (str | Unset, query)
            page (int | Unset, query)
            platform_key (str | Unset, query)
            provider (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)
            username (str | Unset, query)

        Returns:
            FinanceDetailsResponse
        """
        return await self._client._send(
            _analytics_financial_details_retrieve.OPERATION,
            _analytics_financial_details_retrieve.build_request(
                group_by=group_by,
                date_filter=date_filter,
                end_date=end_date,
                limit=limit,
                llm_model=llm_model,
                mentor_unique_id=mentor_unique_id,
                metrics=metrics,
                page=page,
                platform_key=platform_key,
                provider=provider,
                search=search,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
                username=username,
            ),
            options,
        )


class AsyncAnalyticsFinancialDetailsResourceWithRawResponse:
    """`AsyncClient.analytics.financial.details`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsFinancialDetailsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
