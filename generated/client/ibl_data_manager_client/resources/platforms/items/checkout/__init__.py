"""`Client.platforms.items.checkout`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.platforms import platforms_items_checkout_create as _platforms_items_checkout_create
from .....models.checkout_session_create import CheckoutSessionCreate
from .....models.checkout_session_response import CheckoutSessionResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "PlatformsItemsCheckoutResource",
    "PlatformsItemsCheckoutResourceWithRawResponse",
    "AsyncPlatformsItemsCheckoutResource",
    "AsyncPlatformsItemsCheckoutResourceWithRawResponse",
]


class PlatformsItemsCheckoutResource:
    """`Client.platforms.items.checkout`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsItemsCheckoutResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsItemsCheckoutResourceWithRawResponse(self)

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
        """Create checkout session

        Create a Stripe checkout session for an authenticated user to purchase or subscribe to
        an item.

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
            "platforms.items.checkout.create",
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
            _platforms_items_checkout_create.OPERATION,
            _platforms_items_checkout_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
            ),
            options,
        )


class PlatformsItemsCheckoutResourceWithRawResponse:
    """`Client.platforms.items.checkout`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsItemsCheckoutResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncPlatformsItemsCheckoutResource:
    """`AsyncClient.platforms.items.checkout`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsItemsCheckoutResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsItemsCheckoutResourceWithRawResponse(self)

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
        """Create checkout session

        Create a Stripe checkout session for an authenticated user to purchase or subscribe to
        an item.

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
            "platforms.items.checkout.create",
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
            _platforms_items_checkout_create.OPERATION,
            _platforms_items_checkout_create.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id, body=body
            ),
            options,
        )


class AsyncPlatformsItemsCheckoutResourceWithRawResponse:
    """`AsyncClient.platforms.items.checkout`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsItemsCheckoutResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
