"""`Client.auto_recharge`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .trigger import (
        AsyncAutoRechargeTriggerResource,
        AsyncAutoRechargeTriggerResourceWithRawResponse,
        AutoRechargeTriggerResource,
        AutoRechargeTriggerResourceWithRawResponse,
    )

__all__ = [
    "AutoRechargeResource",
    "AutoRechargeResourceWithRawResponse",
    "AsyncAutoRechargeResource",
    "AsyncAutoRechargeResourceWithRawResponse",
]


class AutoRechargeResource:
    """`Client.auto_recharge`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AutoRechargeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AutoRechargeResourceWithRawResponse(self)

    @cached_property
    def trigger(self) -> AutoRechargeTriggerResource:
        from .trigger import AutoRechargeTriggerResource

        return AutoRechargeTriggerResource(self._client)


class AutoRechargeResourceWithRawResponse:
    """`Client.auto_recharge`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AutoRechargeResource) -> None:
        self._resource = resource

    @cached_property
    def trigger(self) -> AutoRechargeTriggerResourceWithRawResponse:
        from .trigger import AutoRechargeTriggerResourceWithRawResponse

        return AutoRechargeTriggerResourceWithRawResponse(self._resource.trigger)


class AsyncAutoRechargeResource:
    """`AsyncClient.auto_recharge`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAutoRechargeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAutoRechargeResourceWithRawResponse(self)

    @cached_property
    def trigger(self) -> AsyncAutoRechargeTriggerResource:
        from .trigger import AsyncAutoRechargeTriggerResource

        return AsyncAutoRechargeTriggerResource(self._client)


class AsyncAutoRechargeResourceWithRawResponse:
    """`AsyncClient.auto_recharge`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAutoRechargeResource) -> None:
        self._resource = resource

    @cached_property
    def trigger(self) -> AsyncAutoRechargeTriggerResourceWithRawResponse:
        from .trigger import AsyncAutoRechargeTriggerResourceWithRawResponse

        return AsyncAutoRechargeTriggerResourceWithRawResponse(self._resource.trigger)
