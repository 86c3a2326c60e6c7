"""`Client.billing.auto_recharge`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .trigger import (
        AsyncBillingAutoRechargeTriggerResource,
        AsyncBillingAutoRechargeTriggerResourceWithRawResponse,
        BillingAutoRechargeTriggerResource,
        BillingAutoRechargeTriggerResourceWithRawResponse,
    )

__all__ = [
    "BillingAutoRechargeResource",
    "BillingAutoRechargeResourceWithRawResponse",
    "AsyncBillingAutoRechargeResource",
    "AsyncBillingAutoRechargeResourceWithRawResponse",
]


class BillingAutoRechargeResource:
    """`Client.billing.auto_recharge`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingAutoRechargeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingAutoRechargeResourceWithRawResponse(self)

    @cached_property
    def trigger(self) -> BillingAutoRechargeTriggerResource:
        from .trigger import BillingAutoRechargeTriggerResource

        return BillingAutoRechargeTriggerResource(self._client)


class BillingAutoRechargeResourceWithRawResponse:
    """`Client.billing.auto_recharge`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingAutoRechargeResource) -> None:
        self._resource = resource

    @cached_property
    def trigger(self) -> BillingAutoRechargeTriggerResourceWithRawResponse:
        from .trigger import BillingAutoRechargeTriggerResourceWithRawResponse

        return BillingAutoRechargeTriggerResourceWithRawResponse(self._resource.trigger)


class AsyncBillingAutoRechargeResource:
    """`AsyncClient.billing.auto_recharge`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingAutoRechargeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingAutoRechargeResourceWithRawResponse(self)

    @cached_property
    def trigger(self) -> AsyncBillingAutoRechargeTriggerResource:
        from .trigger import AsyncBillingAutoRechargeTriggerResource

        return AsyncBillingAutoRechargeTriggerResource(self._client)


class AsyncBillingAutoRechargeResourceWithRawResponse:
    """`AsyncClient.billing.auto_recharge`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingAutoRechargeResource) -> None:
        self._resource = resource

    @cached_property
    def trigger(self) -> AsyncBillingAutoRechargeTriggerResourceWithRawResponse:
        from .trigger import AsyncBillingAutoRechargeTriggerResourceWithRawResponse

        return AsyncBillingAutoRechargeTriggerResourceWithRawResponse(self._resource.trigger)
