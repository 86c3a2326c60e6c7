"""`Client.billing.platforms.revenue`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.billing import (
    billing_platforms_revenue_retrieve as _billing_platforms_revenue_retrieve,
)
from .....models.platform_revenue_summary import PlatformRevenueSummary

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "BillingPlatformsRevenueResource",
    "BillingPlatformsRevenueResourceWithRawResponse",
    "AsyncBillingPlatformsRevenueResource",
    "AsyncBillingPlatformsRevenueResourceWithRawResponse",
]


class BillingPlatformsRevenueResource:
    """`Client.billing.platforms.revenue`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsRevenueResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsRevenueResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformRevenueSummary:
        """Platform sales summary

        Aggregate sales volume and count for a platform across all item types.

        Args:
            platform_key (str, path)

        Returns:
            PlatformRevenueSummary
        """
        return self._client._send(
            _billing_platforms_revenue_retrieve.OPERATION,
            _billing_platforms_revenue_retrieve.build_request(platform_key=platform_key),
            options,
        )


class BillingPlatformsRevenueResourceWithRawResponse:
    """`Client.billing.platforms.revenue`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsRevenueResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncBillingPlatformsRevenueResource:
    """`AsyncClient.billing.platforms.revenue`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsRevenueResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsRevenueResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformRevenueSummary:
        """Platform sales summary

        Aggregate sales volume and count for a platform across all item types.

        Args:
            platform_key (str, path)

        Returns:
            PlatformRevenueSummary
        """
        return await self._client._send(
            _billing_platforms_revenue_retrieve.OPERATION,
            _billing_platforms_revenue_retrieve.build_request(platform_key=platform_key),
            options,
        )


class AsyncBillingPlatformsRevenueResourceWithRawResponse:
    """`AsyncClient.billing.platforms.revenue`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsRevenueResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
