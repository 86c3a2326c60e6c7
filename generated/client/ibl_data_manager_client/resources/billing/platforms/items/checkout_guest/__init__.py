"""`Client.billing.platforms.items.checkout_guest`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.billing import (
    billing_platforms_items_checkout_guest_create as _billing_platforms_items_checkout_guest_create,
)
from ......models.checkout_session_create import CheckoutSessionCreate
from ......models.checkout_session_response import CheckoutSessionResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "BillingPlatformsItemsCheckoutGuestResource",
    "BillingPlatformsItemsCheckoutGuestResourceWithRawResponse",
    "AsyncBillingPlatformsItemsCheckoutGuestResource",
    "AsyncBillingPlatformsItemsCheckoutGuestResourceWithRawResponse",
]


class BillingPlatformsItemsCheckoutGuestResource:
    """`Client.billing.platforms.items.checkout_guest`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsCheckoutGuestResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsCheckoutGuestResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: CheckoutSessionCreate,
        **options: Unpack[RequestOptions],
    ) -> CheckoutSessionResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        success_url: None | str | Unset = UNSET,
        cancel_url: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CheckoutSessionResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: CheckoutSessionCreate | Unset = UNSET,
        price_id: UUID | Unset = UNSET,
        success_url: None | str | Unset = UNSET,
        cancel_url: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CheckoutSessionResponse:
        """Create guest checkout session

        Create a Stripe checkout session for a guest user (email required).

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            body (CheckoutSessionCreate, request body)
            Or the body's fields as keywords instead of body=: price_id, success_url,
                cancel_url, email

        Returns:
            CheckoutSessionResponse
        """
        body = body_from_fields(
            "billing.platforms.items.checkout_guest.create",
            body,
            CheckoutSessionCreate,
            ["price_id"],
            (
                ("price_id", "price_id", price_id),
                ("success_url", "success_url", success_url),
                ("cancel_url", "cancel_url", cancel_url),
                ("email", "email", email),
            ),
        )
        return self._client._send(
            _billing_platforms_items_checkout_guest_create.OPERATION,
            _billing_platforms_items_checkout_guest_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
            ),
            options,
        )


class BillingPlatformsItemsCheckoutGuestResourceWithRawResponse:
    """`Client.billing.platforms.items.checkout_guest`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsCheckoutGuestResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncBillingPlatformsItemsCheckoutGuestResource:
    """`AsyncClient.billing.platforms.items.checkout_guest`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingPlatformsItemsCheckoutGuestResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsCheckoutGuestResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: CheckoutSessionCreate,
        **options: Unpack[RequestOptions],
    ) -> CheckoutSessionResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        success_url: None | str | Unset = UNSET,
        cancel_url: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CheckoutSessionResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        body: CheckoutSessionCreate | Unset = UNSET,
        price_id: UUID | Unset = UNSET,
        success_url: None | str | Unset = UNSET,
        cancel_url: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CheckoutSessionResponse:
        """Create guest checkout session

        Create a Stripe checkout session for a guest user (email required).

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            body (CheckoutSessionCreate, request body)
            Or the body's fields as keywords instead of body=: price_id, success_url,
                cancel_url, email

        Returns:
            CheckoutSessionResponse
        """
        body = body_from_fields(
            "billing.platforms.items.checkout_guest.create",
            body,
            CheckoutSessionCreate,
            ["price_id"],
            (
                ("price_id", "price_id", price_id),
                ("success_url", "success_url", success_url),
                ("cancel_url", "cancel_url", cancel_url),
                ("email", "email", email),
            ),
        )
        return await self._client._send(
            _billing_platforms_items_checkout_guest_create.OPERATION,
            _billing_platforms_items_checkout_guest_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
            ),
            options,
        )


class AsyncBillingPlatformsItemsCheckoutGuestResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.checkout_guest`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsCheckoutGuestResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
