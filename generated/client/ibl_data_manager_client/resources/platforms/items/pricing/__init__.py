"""`Client.platforms.items.pricing`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.platforms import platforms_items_pricing_retrieve as _platforms_items_pricing_retrieve
from .....models.public_item_pricing import PublicItemPricing

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "PlatformsItemsPricingResource",
    "PlatformsItemsPricingResourceWithRawResponse",
    "AsyncPlatformsItemsPricingResource",
    "AsyncPlatformsItemsPricingResourceWithRawResponse",
]


class PlatformsItemsPricingResource:
    """`Client.platforms.items.pricing`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsItemsPricingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsItemsPricingResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> PublicItemPricing:
        """Get public pricing

        Retrieve public pricing information for an item. No authentication required.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            PublicItemPricing
        """
        return self._client._send(
            _platforms_items_pricing_retrieve.OPERATION,
            _platforms_items_pricing_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class PlatformsItemsPricingResourceWithRawResponse:
    """`Client.platforms.items.pricing`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsItemsPricingResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformsItemsPricingResource:
    """`AsyncClient.platforms.items.pricing`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsItemsPricingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsItemsPricingResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> PublicItemPricing:
        """Get public pricing

        Retrieve public pricing information for an item. No authentication required.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            PublicItemPricing
        """
        return await self._client._send(
            _platforms_items_pricing_retrieve.OPERATION,
            _platforms_items_pricing_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class AsyncPlatformsItemsPricingResourceWithRawResponse:
    """`AsyncClient.platforms.items.pricing`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsItemsPricingResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
