"""`Client.analytics.financial`: 1 operation and 2 sub-resources."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_analytics import analytics_financial_retrieve as _analytics_financial_retrieve
from ....models.analytics_financial_retrieve_date_filter import AnalyticsFinancialRetrieveDateFilter
from ....models.analytics_financial_retrieve_fill_method import AnalyticsFinancialRetrieveFillMethod
from ....models.analytics_financial_retrieve_granularity import (
    AnalyticsFinancialRetrieveGranularity,
)
from ....models.analytics_financial_retrieve_metric import AnalyticsFinancialRetrieveMetric
from ....models.analytics_financial_retrieve_provider import AnalyticsFinancialRetrieveProvider
from ....models.base_finance_response import BaseFinanceResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .details import (
        AnalyticsFinancialDetailsResource,
        AnalyticsFinancialDetailsResourceWithRawResponse,
        AsyncAnalyticsFinancialDetailsResource,
        AsyncAnalyticsFinancialDetailsResourceWithRawResponse,
    )
    from .invoice import (
        AnalyticsFinancialInvoiceResource,
        AnalyticsFinancialInvoiceResourceWithRawResponse,
        AsyncAnalyticsFinancialInvoiceResource,
        AsyncAnalyticsFinancialInvoiceResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsFinancialResource",
    "AnalyticsFinancialResourceWithRawResponse",
    "AsyncAnalyticsFinancialResource",
    "AsyncAnalyticsFinancialResourceWithRawResponse",
]


class AnalyticsFinancialResource:
    """`Client.analytics.financial`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsFinancialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsFinancialResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AnalyticsFinancialDetailsResource:
        from .details import AnalyticsFinancialDetailsResource

        return AnalyticsFinancialDetailsResource(self._client)

    @cached_property
    def invoice(self) -> AnalyticsFinancialInvoiceResource:
        from .invoice import AnalyticsFinancialInvoiceResource

        return AnalyticsFinancialInvoiceResource(self._client)

    def retrieve(
        self,
        *,
        metric: AnalyticsFinancialRetrieveMetric,
        comparison_days: int | Unset = UNSET,
        date_filter: AnalyticsFinancialRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        fill_method: AnalyticsFinancialRetrieveFillMethod | Unset = UNSET,
        granularity: AnalyticsFinancialRetrieveGranularity | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        provider: AnalyticsFinancialRetrieveProvider | Unset = UNSET,
        show_overtime: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BaseFinanceResponse:
        """Financial Analytics API - Get comprehensive cost metrics with comparison analysis.  This
        endpoint provides period-based cost analysis (not cumulative) with support for: -
        Multiple time granularities and metrics - Cross-dimensional filtering - Percentage
        change vs comparison periods - Forward-filled time series  **Examples:**  **Basic Weekly
        Costs:** ``` GET /api/analytics/financial/?metric=weekly_costs&comparison_days=10 ```
        **Platform & Mentor Filtered:** ``` # Get total costs for a specific platform and mentor
        GET /api/analytics/financial/?metric=total_costs&platform_key=web-app&mentor_unique_id=m
        entor-123&comparison_days=14 ```  **Monthly Costs by Provider:** ``` GET /api/analytics/
        financial/?metric=monthly_costs&provider=openai&granularity=month&comparison_days=30 ```
        **Daily Costs for Specific User:** ``` GET /api/analytics/financial/?metric=total_costs&
        username=user-456&granularity=day&start_date=2025-01-15&end_date=2025-01-21&comparison_d
        ays=7 ```   **Response Structure:** ```json {     \"metric\": \"weekly_costs\",
        \"value\": 12.47,     \"percentage_change\": 8.5,     \"overtime\": [         {\"date\":
        \"2025-01-06\", \"value\": 2.89},         {\"date\": \"2025-01-13\", \"value\": 3.12}
        ],     \"period_info\": {         \"start_date\": \"2025-01-01\",         \"end_date\":
        \"2025-01-31\",         \"period_days\": 31     },     \"comparison_info\": {
        \"previous_period_value\": 11.50,         ...     } } ```

        Args:
            metric (AnalyticsFinancialRetrieveMetric, query)
            comparison_days (int | Unset, query)
            date_filter (AnalyticsFinancialRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            fill_method (AnalyticsFinancialRetrieveFillMethod | Unset, query)
            granularity (AnalyticsFinancialRetrieveGranularity | Unset, query)
            llm_model (str | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            platform_key (str | Unset, query)
            provider (AnalyticsFinancialRetrieveProvider | Unset, query)
            show_overtime (bool | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)
            username (str | Unset, query)

        Returns:
            BaseFinanceResponse
        """
        return self._client._send(
            _analytics_financial_retrieve.OPERATION,
            _analytics_financial_retrieve.build_request(
                metric=metric,
                comparison_days=comparison_days,
                date_filter=date_filter,
                end_date=end_date,
                fill_method=fill_method,
                granularity=granularity,
                llm_model=llm_model,
                mentor_unique_id=mentor_unique_id,
                platform_key=platform_key,
                provider=provider,
                show_overtime=show_overtime,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
                username=username,
            ),
            options,
        )


class AnalyticsFinancialResourceWithRawResponse:
    """`Client.analytics.financial`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsFinancialResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def details(self) -> AnalyticsFinancialDetailsResourceWithRawResponse:
        from .details import AnalyticsFinancialDetailsResourceWithRawResponse

        return AnalyticsFinancialDetailsResourceWithRawResponse(self._resource.details)

    @cached_property
    def invoice(self) -> AnalyticsFinancialInvoiceResourceWithRawResponse:
        from .invoice import AnalyticsFinancialInvoiceResourceWithRawResponse

        return AnalyticsFinancialInvoiceResourceWithRawResponse(self._resource.invoice)


class AsyncAnalyticsFinancialResource:
    """`AsyncClient.analytics.financial`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsFinancialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsFinancialResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AsyncAnalyticsFinancialDetailsResource:
        from .details import AsyncAnalyticsFinancialDetailsResource

        return AsyncAnalyticsFinancialDetailsResource(self._client)

    @cached_property
    def invoice(self) -> AsyncAnalyticsFinancialInvoiceResource:
        from .invoice import AsyncAnalyticsFinancialInvoiceResource

        return AsyncAnalyticsFinancialInvoiceResource(self._client)

    async def retrieve(
        self,
        *,
        metric: AnalyticsFinancialRetrieveMetric,
        comparison_days: int | Unset = UNSET,
        date_filter: AnalyticsFinancialRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        fill_method: AnalyticsFinancialRetrieveFillMethod | Unset = UNSET,
        granularity: AnalyticsFinancialRetrieveGranularity | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        provider: AnalyticsFinancialRetrieveProvider | Unset = UNSET,
        show_overtime: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BaseFinanceResponse:
        """Financial Analytics API - Get comprehensive cost metrics with comparison analysis.  This
        endpoint provides period-based cost analysis (not cumulative) with support for: -
        Multiple time granularities and metrics - Cross-dimensional filtering - Percentage
        change vs comparison periods - Forward-filled time series  **Examples:**  **Basic Weekly
        Costs:** ``` GET /api/analytics/financial/?metric=weekly_costs&comparison_days=10 ```
        **Platform & Mentor Filtered:** ``` # Get total costs for a specific platform and mentor
        GET /api/analytics/financial/?metric=total_costs&platform_key=web-app&mentor_unique_id=m
        entor-123&comparison_days=14 ```  **Monthly Costs by Provider:** ``` GET /api/analytics/
        financial/?metric=monthly_costs&provider=openai&granularity=month&comparison_days=30 ```
        **Daily Costs for Specific User:** ``` GET /api/analytics/financial/?metric=total_costs&
        username=user-456&granularity=day&start_date=2025-01-15&end_date=2025-01-21&comparison_d
        ays=7 ```   **Response Structure:** ```json {     \"metric\": \"weekly_costs\",
        \"value\": 12.47,     \"percentage_change\": 8.5,     \"overtime\": [         {\"date\":
        \"2025-01-06\", \"value\": 2.89},         {\"date\": \"2025-01-13\", \"value\": 3.12}
        ],     \"period_info\": {         \"start_date\": \"2025-01-01\",         \"end_date\":
        \"2025-01-31\",         \"period_days\": 31     },     \"comparison_info\": {
        \"previous_period_value\": 11.50,         ...     } } ```

        Args:
            metric (AnalyticsFinancialRetrieveMetric, query)
            comparison_days (int | Unset, query)
            date_filter (AnalyticsFinancialRetrieveDateFilter | Unset, query)
            end_date (datetime.date | Unset, query)
            fill_method (AnalyticsFinancialRetrieveFillMethod | Unset, query)
            granularity (AnalyticsFinancialRetrieveGranularity | Unset, query)
            llm_model (str | Unset, query)
            mentor_unique_id (UUID | Unset, query)
            platform_key (str | Unset, query)
            provider (AnalyticsFinancialRetrieveProvider | Unset, query)
            show_overtime (bool | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)
            username (str | Unset, query)

        Returns:
            BaseFinanceResponse
        """
        return await self._client._send(
            _analytics_financial_retrieve.OPERATION,
            _analytics_financial_retrieve.build_request(
                metric=metric,
                comparison_days=comparison_days,
                date_filter=date_filter,
                end_date=end_date,
                fill_method=fill_method,
                granularity=granularity,
                llm_model=llm_model,
                mentor_unique_id=mentor_unique_id,
                platform_key=platform_key,
                provider=provider,
                show_overtime=show_overtime,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
                username=username,
            ),
            options,
        )


class AsyncAnalyticsFinancialResourceWithRawResponse:
    """`AsyncClient.analytics.financial`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsFinancialResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def details(self) -> AsyncAnalyticsFinancialDetailsResourceWithRawResponse:
        from .details import AsyncAnalyticsFinancialDetailsResourceWithRawResponse

        return AsyncAnalyticsFinancialDetailsResourceWithRawResponse(self._resource.details)

    @cached_property
    def invoice(self) -> AsyncAnalyticsFinancialInvoiceResourceWithRawResponse:
        from .invoice import AsyncAnalyticsFinancialInvoiceResourceWithRawResponse

        return AsyncAnalyticsFinancialInvoiceResourceWithRawResponse(self._resource.invoice)
