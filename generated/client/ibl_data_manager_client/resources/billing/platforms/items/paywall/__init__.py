"""`Client.billing.platforms.items.paywall`: 4 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.billing import (
    billing_platforms_items_paywall_create as _billing_platforms_items_paywall_create,
)
from ......api.billing import (
    billing_platforms_items_paywall_destroy as _billing_platforms_items_paywall_destroy,
)
from ......api.billing import (
    billing_platforms_items_paywall_retrieve as _billing_platforms_items_paywall_retrieve,
)
from ......api.billing import (
    billing_platforms_items_paywall_update as _billing_platforms_items_paywall_update,
)
from ......models.grandfathering_strategy_enum import GrandfatheringStrategyEnum
from ......models.item_paywall_config import ItemPaywallConfig
from ......models.item_paywall_config_create import ItemPaywallConfigCreate
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .prices import (
        AsyncBillingPlatformsItemsPaywallPricesResource,
        AsyncBillingPlatformsItemsPaywallPricesResourceWithRawResponse,
        BillingPlatformsItemsPaywallPricesResource,
        BillingPlatformsItemsPaywallPricesResourceWithRawResponse,
    )

__all__ = [
    "BillingPlatformsItemsPaywallResource",
    "BillingPlatformsItemsPaywallResourceWithRawResponse",
    "AsyncBillingPlatformsItemsPaywallResource",
    "AsyncBillingPlatformsItemsPaywallResourceWithRawResponse",
]


class BillingPlatformsItemsPaywallResource:
    """`Client.billing.platforms.items.paywall`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsPaywallResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsPaywallResourceWithRawResponse(self)

    @cached_property
    def prices(self) -> BillingPlatformsItemsPaywallPricesResource:
        from .prices import BillingPlatformsItemsPaywallPricesResource

        return BillingPlatformsItemsPaywallPricesResource(self._client)

    def destroy(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disable paywall configuration

        Disable the paywall for an item. Does not delete the configuration.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _billing_platforms_items_paywall_destroy.OPERATION,
            _billing_platforms_items_paywall_destroy.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig:
        """Get paywall configuration

        Retrieve the paywall configuration for an item. Returns default (disabled) config if
        none exists.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            ItemPaywallConfig
        """
        return self._client._send(
            _billing_platforms_items_paywall_retrieve.OPERATION,
            _billing_platforms_items_paywall_retrieve.build_request(
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
        body: ItemPaywallConfigCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        is_enabled: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        allow_free_tier: bool | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig: ...

    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: ItemPaywallConfigCreate | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        allow_free_tier: bool | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig:
        """Create or update paywall configuration

        Enable or configure the paywall for an item. Creates a Stripe product on first enable.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            body (ItemPaywallConfigCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: is_enabled, description,
                allow_free_tier, trial_period_days, grandfathering_strategy

        Returns:
            ItemPaywallConfig
        """
        body = optional_body_from_fields(
            "billing.platforms.items.paywall.create",
            body,
            ItemPaywallConfigCreate,
            [],
            (
                ("is_enabled", "is_enabled", is_enabled),
                ("description", "description", description),
                ("allow_free_tier", "allow_free_tier", allow_free_tier),
                ("trial_period_days", "trial_period_days", trial_period_days),
                ("grandfathering_strategy", "grandfathering_strategy", grandfathering_strategy),
            ),
        )
        return self._client._send(
            _billing_platforms_items_paywall_create.OPERATION,
            _billing_platforms_items_paywall_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
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
        body: ItemPaywallConfigCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig: ...

    @overload
    def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        is_enabled: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        allow_free_tier: bool | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig: ...

    def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: ItemPaywallConfigCreate | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        allow_free_tier: bool | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig:
        """Update paywall configuration

        Same as POST. Update the paywall configuration for an item.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            body (ItemPaywallConfigCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: is_enabled, description,
                allow_free_tier, trial_period_days, grandfathering_strategy

        Returns:
            ItemPaywallConfig
        """
        body = optional_body_from_fields(
            "billing.platforms.items.paywall.update",
            body,
            ItemPaywallConfigCreate,
            [],
            (
                ("is_enabled", "is_enabled", is_enabled),
                ("description", "description", description),
                ("allow_free_tier", "allow_free_tier", allow_free_tier),
                ("trial_period_days", "trial_period_days", trial_period_days),
                ("grandfathering_strategy", "grandfathering_strategy", grandfathering_strategy),
            ),
        )
        return self._client._send(
            _billing_platforms_items_paywall_update.OPERATION,
            _billing_platforms_items_paywall_update.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
            ),
            options,
        )


class BillingPlatformsItemsPaywallResourceWithRawResponse:
    """`Client.billing.platforms.items.paywall`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsPaywallResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)

    @cached_property
    def prices(self) -> BillingPlatformsItemsPaywallPricesResourceWithRawResponse:
        from .prices import BillingPlatformsItemsPaywallPricesResourceWithRawResponse

        return BillingPlatformsItemsPaywallPricesResourceWithRawResponse(self._resource.prices)


class AsyncBillingPlatformsItemsPaywallResource:
    """`AsyncClient.billing.platforms.items.paywall`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsItemsPaywallResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsPaywallResourceWithRawResponse(self)

    @cached_property
    def prices(self) -> AsyncBillingPlatformsItemsPaywallPricesResource:
        from .prices import AsyncBillingPlatformsItemsPaywallPricesResource

        return AsyncBillingPlatformsItemsPaywallPricesResource(self._client)

    async def destroy(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disable paywall configuration

        Disable the paywall for an item. Does not delete the configuration.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _billing_platforms_items_paywall_destroy.OPERATION,
            _billing_platforms_items_paywall_destroy.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig:
        """Get paywall configuration

        Retrieve the paywall configuration for an item. Returns default (disabled) config if
        none exists.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            ItemPaywallConfig
        """
        return await self._client._send(
            _billing_platforms_items_paywall_retrieve.OPERATION,
            _billing_platforms_items_paywall_retrieve.build_request(
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
        body: ItemPaywallConfigCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        is_enabled: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        allow_free_tier: bool | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig: ...

    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: ItemPaywallConfigCreate | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        allow_free_tier: bool | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig:
        """Create or update paywall configuration

        Enable or configure the paywall for an item. Creates a Stripe product on first enable.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            body (ItemPaywallConfigCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: is_enabled, description,
                allow_free_tier, trial_period_days, grandfathering_strategy

        Returns:
            ItemPaywallConfig
        """
        body = optional_body_from_fields(
            "billing.platforms.items.paywall.create",
            body,
            ItemPaywallConfigCreate,
            [],
            (
                ("is_enabled", "is_enabled", is_enabled),
                ("description", "description", description),
                ("allow_free_tier", "allow_free_tier", allow_free_tier),
                ("trial_period_days", "trial_period_days", trial_period_days),
                ("grandfathering_strategy", "grandfathering_strategy", grandfathering_strategy),
            ),
        )
        return await self._client._send(
            _billing_platforms_items_paywall_create.OPERATION,
            _billing_platforms_items_paywall_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
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
        body: ItemPaywallConfigCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig: ...

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        is_enabled: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        allow_free_tier: bool | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig: ...

    async def update(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: ItemPaywallConfigCreate | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        allow_free_tier: bool | Unset = UNSET,
        trial_period_days: int | Unset = UNSET,
        grandfathering_strategy: GrandfatheringStrategyEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemPaywallConfig:
        """Update paywall configuration

        Same as POST. Update the paywall configuration for an item.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            body (ItemPaywallConfigCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: is_enabled, description,
                allow_free_tier, trial_period_days, grandfathering_strategy

        Returns:
            ItemPaywallConfig
        """
        body = optional_body_from_fields(
            "billing.platforms.items.paywall.update",
            body,
            ItemPaywallConfigCreate,
            [],
            (
                ("is_enabled", "is_enabled", is_enabled),
                ("description", "description", description),
                ("allow_free_tier", "allow_free_tier", allow_free_tier),
                ("trial_period_days", "trial_period_days", trial_period_days),
                ("grandfathering_strategy", "grandfathering_strategy", grandfathering_strategy),
            ),
        )
        return await self._client._send(
            _billing_platforms_items_paywall_update.OPERATION,
            _billing_platforms_items_paywall_update.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
            ),
            options,
        )


class AsyncBillingPlatformsItemsPaywallResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.paywall`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsPaywallResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def prices(self) -> AsyncBillingPlatformsItemsPaywallPricesResourceWithRawResponse:
        from .prices import AsyncBillingPlatformsItemsPaywallPricesResourceWithRawResponse

        return AsyncBillingPlatformsItemsPaywallPricesResourceWithRawResponse(self._resource.prices)
