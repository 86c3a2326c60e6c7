"""`Client.platforms.revenue`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.platforms import platforms_revenue_retrieve as _platforms_revenue_retrieve
from ....models.platform_revenue_summary import PlatformRevenueSummary

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "PlatformsRevenueResource",
    "PlatformsRevenueResourceWithRawResponse",
    "AsyncPlatformsRevenueResource",
    "AsyncPlatformsRevenueResourceWithRawResponse",
]


class PlatformsRevenueResource:
    """`Client.platforms.revenue`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsRevenueResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsRevenueResourceWithRawResponse(self)

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
            _platforms_revenue_retrieve.OPERATION,
            _platforms_revenue_retrieve.build_request(platform_key=platform_key),
            options,
        )


class PlatformsRevenueResourceWithRawResponse:
    """`Client.platforms.revenue`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsRevenueResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformsRevenueResource:
    """`AsyncClient.platforms.revenue`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsRevenueResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsRevenueResourceWithRawResponse(self)

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
            _platforms_revenue_retrieve.OPERATION,
            _platforms_revenue_retrieve.build_request(platform_key=platform_key),
            options,
        )


class AsyncPlatformsRevenueResourceWithRawResponse:
    """`AsyncClient.platforms.revenue`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsRevenueResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
