"""`Client.billing.platforms.items.paywall.prices`: 5 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.billing import (
    billing_platforms_items_paywall_prices_create as _billing_platforms_items_paywall_prices_create,
)
from .......api.billing import (
    billing_platforms_items_paywall_prices_destroy as _billing_platforms_items_paywall_prices_destroy,
)
from .......api.billing import (
    billing_platforms_items_paywall_prices_list as _billing_platforms_items_paywall_prices_list,
)
from .......api.billing import (
    billing_platforms_items_paywall_prices_retrieve as _billing_platforms_items_paywall_prices_retrieve,
)
from .......api.billing import (
    billing_platforms_items_paywall_prices_update as _billing_platforms_items_paywall_prices_update,
)
from .......models.item_price import ItemPrice
from .......models.item_price_create import ItemPriceCreate
from .......models.item_price_create_interval import ItemPriceCreateInterval
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "BillingPlatformsItemsPaywallPricesResource",
    "BillingPlatformsItemsPaywallPricesResourceWithRawResponse",
    "AsyncBillingPlatformsItemsPaywallPricesResource",
    "AsyncBillingPlatformsItemsPaywallPricesResourceWithRawResponse",
]


class BillingPlatformsItemsPaywallPricesResource:
    """`Client.billing.platforms.items.paywall.prices`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsPaywallPricesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsPaywallPricesResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[ItemPrice]:
        """List prices

        List active prices for an item's paywall configuration.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            list[ItemPrice]
        """
        return self._client._send(
            _billing_platforms_items_paywall_prices_list.OPERATION,
            _billing_platforms_items_paywall_prices_list.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: ItemPriceCreate,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        name: str,
        amount: str,
        description: None | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: ItemPriceCreateInterval | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        features: Any | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice: ...

    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: ItemPriceCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        amount: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: ItemPriceCreateInterval | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        features: Any | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice:
        """Create a price

        Create a new price tier for an item. Requires paywall to be enabled and Stripe Connect
        account ready.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            body (ItemPriceCreate, request body)
            Or the body's fields as keywords instead of body=: name, amount, description,
                currency, interval, is_active, features, sort_order

        Returns:
            ItemPrice
        """
        body = body_from_fields(
            "billing.platforms.items.paywall.prices.create",
            body,
            ItemPriceCreate,
            ["name", "amount"],
            (
                ("name", "name", name),
                ("amount", "amount", amount),
                ("description", "description", description),
                ("currency", "currency", currency),
                ("interval", "interval", interval),
                ("is_active", "is_active", is_active),
                ("features", "features", features),
                ("sort_order", "sort_order", sort_order),
            ),
        )
        return self._client._send(
            _billing_platforms_items_paywall_prices_create.OPERATION,
            _billing_platforms_items_paywall_prices_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a price

        Soft-delete a price tier and deactivate the corresponding Stripe price.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            price_id (UUID, path)

        Returns:
            None
        """
        return self._client._send(
            _billing_platforms_items_paywall_prices_destroy.OPERATION,
            _billing_platforms_items_paywall_prices_destroy.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, price_id=price_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice:
        """Get price details

        Retrieve a specific price by ID.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            price_id (UUID, path)

        Returns:
            ItemPrice
        """
        return self._client._send(
            _billing_platforms_items_paywall_prices_retrieve.OPERATION,
            _billing_platforms_items_paywall_prices_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, price_id=price_id
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        body: ItemPriceCreate,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice: ...

    @overload
    def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        name: str,
        amount: str,
        description: None | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: ItemPriceCreateInterval | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        features: Any | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice: ...

    def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        body: ItemPriceCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        amount: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: ItemPriceCreateInterval | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        features: Any | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice:
        """Update a price

        Update a price tier. If pricing fields change and a Stripe price exists, a new Stripe
        price is created and the old one deactivated.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            price_id (UUID, path)
            body (ItemPriceCreate, request body)
            Or the body's fields as keywords instead of body=: name, amount, description,
                currency, interval, is_active, features, sort_order

        Returns:
            ItemPrice
        """
        body = body_from_fields(
            "billing.platforms.items.paywall.prices.update",
            body,
            ItemPriceCreate,
            ["name", "amount"],
            (
                ("name", "name", name),
                ("amount", "amount", amount),
                ("description", "description", description),
                ("currency", "currency", currency),
                ("interval", "interval", interval),
                ("is_active", "is_active", is_active),
                ("features", "features", features),
                ("sort_order", "sort_order", sort_order),
            ),
        )
        return self._client._send(
            _billing_platforms_items_paywall_prices_update.OPERATION,
            _billing_platforms_items_paywall_prices_update.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                price_id=price_id,
                body=body,
            ),
            options,
        )


class BillingPlatformsItemsPaywallPricesResourceWithRawResponse:
    """`Client.billing.platforms.items.paywall.prices`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsPaywallPricesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncBillingPlatformsItemsPaywallPricesResource:
    """`AsyncClient.billing.platforms.items.paywall.prices`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsItemsPaywallPricesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsPaywallPricesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[ItemPrice]:
        """List prices

        List active prices for an item's paywall configuration.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            list[ItemPrice]
        """
        return await self._client._send(
            _billing_platforms_items_paywall_prices_list.OPERATION,
            _billing_platforms_items_paywall_prices_list.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: ItemPriceCreate,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        name: str,
        amount: str,
        description: None | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: ItemPriceCreateInterval | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        features: Any | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice: ...

    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: ItemPriceCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        amount: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: ItemPriceCreateInterval | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        features: Any | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice:
        """Create a price

        Create a new price tier for an item. Requires paywall to be enabled and Stripe Connect
        account ready.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            body (ItemPriceCreate, request body)
            Or the body's fields as keywords instead of body=: name, amount, description,
                currency, interval, is_active, features, sort_order

        Returns:
            ItemPrice
        """
        body = body_from_fields(
            "billing.platforms.items.paywall.prices.create",
            body,
            ItemPriceCreate,
            ["name", "amount"],
            (
                ("name", "name", name),
                ("amount", "amount", amount),
                ("description", "description", description),
                ("currency", "currency", currency),
                ("interval", "interval", interval),
                ("is_active", "is_active", is_active),
                ("features", "features", features),
                ("sort_order", "sort_order", sort_order),
            ),
        )
        return await self._client._send(
            _billing_platforms_items_paywall_prices_create.OPERATION,
            _billing_platforms_items_paywall_prices_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a price

        Soft-delete a price tier and deactivate the corresponding Stripe price.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            price_id (UUID, path)

        Returns:
            None
        """
        return await self._client._send(
            _billing_platforms_items_paywall_prices_destroy.OPERATION,
            _billing_platforms_items_paywall_prices_destroy.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, price_id=price_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice:
        """Get price details

        Retrieve a specific price by ID.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            price_id (UUID, path)

        Returns:
            ItemPrice
        """
        return await self._client._send(
            _billing_platforms_items_paywall_prices_retrieve.OPERATION,
            _billing_platforms_items_paywall_prices_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, price_id=price_id
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        body: ItemPriceCreate,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice: ...

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        name: str,
        amount: str,
        description: None | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: ItemPriceCreateInterval | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        features: Any | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice: ...

    async def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        body: ItemPriceCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        amount: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        currency: str | Unset = UNSET,
        interval: ItemPriceCreateInterval | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        features: Any | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPrice:
        """Update a price

        Update a price tier. If pricing fields change and a Stripe price exists, a new Stripe
        price is created and the old one deactivated.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            price_id (UUID, path)
            body (ItemPriceCreate, request body)
            Or the body's fields as keywords instead of body=: name, amount, description,
                currency, interval, is_active, features, sort_order

        Returns:
            ItemPrice
        """
        body = body_from_fields(
            "billing.platforms.items.paywall.prices.update",
            body,
            ItemPriceCreate,
            ["name", "amount"],
            (
                ("name", "name", name),
                ("amount", "amount", amount),
                ("description", "description", description),
                ("currency", "currency", currency),
                ("interval", "interval", interval),
                ("is_active", "is_active", is_active),
                ("features", "features", features),
                ("sort_order", "sort_order", sort_order),
            ),
        )
        return await self._client._send(
            _billing_platforms_items_paywall_prices_update.OPERATION,
            _billing_platforms_items_paywall_prices_update.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                price_id=price_id,
                body=body,
            ),
            options,
        )


class AsyncBillingPlatformsItemsPaywallPricesResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.paywall.prices`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsPaywallPricesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
