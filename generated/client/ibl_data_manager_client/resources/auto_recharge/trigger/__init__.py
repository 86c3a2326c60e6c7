"""`Client.auto_recharge.trigger`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ...._operation import RequestOptions, optional_body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.auto_recharge import auto_recharge_trigger_create as _auto_recharge_trigger_create
from ....models.auto_recharge_trigger_request import AutoRechargeTriggerRequest
from ....models.auto_recharge_trigger_response import AutoRechargeTriggerResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AutoRechargeTriggerResource",
    "AutoRechargeTriggerResourceWithRawResponse",
    "AsyncAutoRechargeTriggerResource",
    "AsyncAutoRechargeTriggerResourceWithRawResponse",
]


class AutoRechargeTriggerResource:
    """`Client.auto_recharge.trigger`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AutoRechargeTriggerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AutoRechargeTriggerResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: AutoRechargeTriggerRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoRechargeTriggerResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str | Unset = UNSET,
        amount_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoRechargeTriggerResponse: ...

    def create(
        self,
        *,
        body: AutoRechargeTriggerRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        amount_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoRechargeTriggerResponse:
        """Trigger auto-recharge or manual top-up

        With amount_usd: manual top-up (charge that amount, add credits; no
        threshold/limit/cooldown). Without amount_usd: run auto-recharge once if enabled and
        balance below threshold. Returns 400 if skipped or failed (e.g. no payment method,
        cooldown). Pass platform_key in request body.

        Args:
            body (AutoRechargeTriggerRequest | Unset, request body): Request schema for POST
                auto-recharge/trigger/.
            Or the body's fields as keywords instead of body=: platform_key, amount_usd

        Returns:
            AutoRechargeTriggerResponse
        """
        body = optional_body_from_fields(
            "auto_recharge.trigger.create",
            body,
            AutoRechargeTriggerRequest,
            [],
            (
                ("platform_key", "platform_key", platform_key),
                ("amount_usd", "amount_usd", amount_usd),
            ),
        )
        return self._client._send(
            _auto_recharge_trigger_create.OPERATION,
            _auto_recharge_trigger_create.build_request(body=body),
            options,
        )


class AutoRechargeTriggerResourceWithRawResponse:
    """`Client.auto_recharge.trigger`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AutoRechargeTriggerResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAutoRechargeTriggerResource:
    """`AsyncClient.auto_recharge.trigger`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAutoRechargeTriggerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAutoRechargeTriggerResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: AutoRechargeTriggerRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoRechargeTriggerResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str | Unset = UNSET,
        amount_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoRechargeTriggerResponse: ...

    async def create(
        self,
        *,
        body: AutoRechargeTriggerRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        amount_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoRechargeTriggerResponse:
        """Trigger auto-recharge or manual top-up

        With amount_usd: manual top-up (charge that amount, add credits; no
        threshold/limit/cooldown). Without amount_usd: run auto-recharge once if enabled and
        balance below threshold. Returns 400 if skipped or failed (e.g. no payment method,
        cooldown). Pass platform_key in request body.

        Args:
            body (AutoRechargeTriggerRequest | Unset, request body): Request schema for POST
                auto-recharge/trigger/.
            Or the body's fields as keywords instead of body=: platform_key, amount_usd

        Returns:
            AutoRechargeTriggerResponse
        """
        body = optional_body_from_fields(
            "auto_recharge.trigger.create",
            body,
            AutoRechargeTriggerRequest,
            [],
            (
                ("platform_key", "platform_key", platform_key),
                ("amount_usd", "amount_usd", amount_usd),
            ),
        )
        return await self._client._send(
            _auto_recharge_trigger_create.OPERATION,
            _auto_recharge_trigger_create.build_request(body=body),
            options,
        )


class AsyncAutoRechargeTriggerResourceWithRawResponse:
    """`AsyncClient.auto_recharge.trigger`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAutoRechargeTriggerResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
