"""`Client.analytics.financial.invoice`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    analytics_financial_invoice_retrieve as _analytics_financial_invoice_retrieve,
)
from .....models.invoice_report_response import InvoiceReportResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AnalyticsFinancialInvoiceResource",
    "AnalyticsFinancialInvoiceResourceWithRawResponse",
    "AsyncAnalyticsFinancialInvoiceResource",
    "AsyncAnalyticsFinancialInvoiceResourceWithRawResponse",
]


class AnalyticsFinancialInvoiceResource:
    """`Client.analytics.financial.invoice`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsFinancialInvoiceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsFinancialInvoiceResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        include_breakdown: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InvoiceReportResponse:
        """Flexible Invoice Report API – Billing summary with username and platform filtering.
        This endpoint generates invoice reports with flexible filtering options: - Platform
        admins can view their platform's data and filter by username within their platform -
        Super admins can view any combination of username/platform or global summaries  **Key
        Features:** - Flexible filtering by username and/or platform_key - Essential metrics:
        total cost, sessions, usage period - Provider breakdown (OpenAI, Anthropic, etc.) - Top
        mentors/actions by cost - Clean, invoice-ready format  **Query Parameters:** - username:
        Filter by specific username (optional) - platform_key: Filter by platform (optional, but
        required for platform admins) - start_date, end_date: billing period (defaults to last
        30 days) - include_breakdown: show provider/mentor details (default: true)  **Permission
        Logic:** - Platform admins: Must include platform_key matching their permission scope -
        Super admins: Can use any combination of filters or none (global summary)  **Examples:**
        ``` # Platform admin viewing their platform GET
        /api/analytics/financial/invoice?platform_key=web-app  # Platform admin viewing specific
        user in their platform GET
        /api/analytics/financial/invoice?platform_key=web-app&username=john.doe  # Super admin
        viewing specific user across all platforms GET
        /api/analytics/financial/invoice?username=john.doe  # Super admin viewing global summary
        GET /api/analytics/financial/invoice ```  **Response Structure:** ```json {
        \"entity\": {     \"type\": \"user|platform|global\",     \"username\": \"john.doe\",
        \"platform_key\": \"web-app\",     \"platform_name\": \"Web Application\",
        \"display_name\": \"John Doe on Web Application\"   },   \"billing_period\": {
        \"start_date\": \"2025-01-01\",     \"end_date\": \"2025-01-31\",     \"days\": 31   },
        \"summary\": {     \"total_cost\": 245.750,     \"total_sessions\": 1250,
        \"active_users\": 85,     \"cost_per_session\": 0.196   },   \"breakdown\": {
        \"by_provider\": [...],     \"by_mentor\": [...],     \"by_action\": [...]   } } ```

        Args:
            end_date (datetime.date | Unset, query)
            include_breakdown (bool | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)
            username (str | Unset, query)

        Returns:
            InvoiceReportResponse
        """
        return self._client._send(
            _analytics_financial_invoice_retrieve.OPERATION,
            _analytics_financial_invoice_retrieve.build_request(
                end_date=end_date,
                include_breakdown=include_breakdown,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
                username=username,
            ),
            options,
        )


class AnalyticsFinancialInvoiceResourceWithRawResponse:
    """`Client.analytics.financial.invoice`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsFinancialInvoiceResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAnalyticsFinancialInvoiceResource:
    """`AsyncClient.analytics.financial.invoice`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsFinancialInvoiceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsFinancialInvoiceResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        include_breakdown: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> InvoiceReportResponse:
        """Flexible Invoice Report API – Billing summary with username and platform filtering.
        This endpoint generates invoice reports with flexible filtering options: - Platform
        admins can view their platform's data and filter by username within their platform -
        Super admins can view any combination of username/platform or global summaries  **Key
        Features:** - Flexible filtering by username and/or platform_key - Essential metrics:
        total cost, sessions, usage period - Provider breakdown (OpenAI, Anthropic, etc.) - Top
        mentors/actions by cost - Clean, invoice-ready format  **Query Parameters:** - username:
        Filter by specific username (optional) - platform_key: Filter by platform (optional, but
        required for platform admins) - start_date, end_date: billing period (defaults to last
        30 days) - include_breakdown: show provider/mentor details (default: true)  **Permission
        Logic:** - Platform admins: Must include platform_key matching their permission scope -
        Super admins: Can use any combination of filters or none (global summary)  **Examples:**
        ``` # Platform admin viewing their platform GET
        /api/analytics/financial/invoice?platform_key=web-app  # Platform admin viewing specific
        user in their platform GET
        /api/analytics/financial/invoice?platform_key=web-app&username=john.doe  # Super admin
        viewing specific user across all platforms GET
        /api/analytics/financial/invoice?username=john.doe  # Super admin viewing global summary
        GET /api/analytics/financial/invoice ```  **Response Structure:** ```json {
        \"entity\": {     \"type\": \"user|platform|global\",     \"username\": \"john.doe\",
        \"platform_key\": \"web-app\",     \"platform_name\": \"Web Application\",
        \"display_name\": \"John Doe on Web Application\"   },   \"billing_period\": {
        \"start_date\": \"2025-01-01\",     \"end_date\": \"2025-01-31\",     \"days\": 31   },
        \"summary\": {     \"total_cost\": 245.750,     \"total_sessions\": 1250,
        \"active_users\": 85,     \"cost_per_session\": 0.196   },   \"breakdown\": {
        \"by_provider\": [...],     \"by_mentor\": [...],     \"by_action\": [...]   } } ```

        Args:
            end_date (datetime.date | Unset, query)
            include_breakdown (bool | Unset, query)
            platform_key (str | Unset, query)
            start_date (datetime.date | Unset, query)
            usergroup_ids (list[int] | Unset, query)
            username (str | Unset, query)

        Returns:
            InvoiceReportResponse
        """
        return await self._client._send(
            _analytics_financial_invoice_retrieve.OPERATION,
            _analytics_financial_invoice_retrieve.build_request(
                end_date=end_date,
                include_breakdown=include_breakdown,
                platform_key=platform_key,
                start_date=start_date,
                usergroup_ids=usergroup_ids,
                username=username,
            ),
            options,
        )


class AsyncAnalyticsFinancialInvoiceResourceWithRawResponse:
    """`AsyncClient.analytics.financial.invoice`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsFinancialInvoiceResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
