"""`Client.billing.platforms.items.checkout_callback`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.billing import (
    billing_platforms_items_checkout_callback_retrieve as _billing_platforms_items_checkout_callback_retrieve,
)
from ......api.billing import (
    billing_platforms_items_checkout_callback_retrieve_2 as _billing_platforms_items_checkout_callback_retrieve_2,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "BillingPlatformsItemsCheckoutCallbackResource",
    "BillingPlatformsItemsCheckoutCallbackResourceWithRawResponse",
    "AsyncBillingPlatformsItemsCheckoutCallbackResource",
    "AsyncBillingPlatformsItemsCheckoutCallbackResourceWithRawResponse",
]


class BillingPlatformsItemsCheckoutCallbackResource:
    """`Client.billing.platforms.items.checkout_callback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingPlatformsItemsCheckoutCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingPlatformsItemsCheckoutCallbackResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        return_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle checkout callback

        Stripe redirects here after checkout. Processes the completed session and redirects to
        the return URL.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            return_url (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _billing_platforms_items_checkout_callback_retrieve.OPERATION,
            _billing_platforms_items_checkout_callback_retrieve.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                return_url=return_url,
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        checkout_session_id: str,
        return_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle checkout callback

        Stripe redirects here after checkout. Processes the completed session and redirects to
        the return URL.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            checkout_session_id (str, path)
            return_url (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _billing_platforms_items_checkout_callback_retrieve_2.OPERATION,
            _billing_platforms_items_checkout_callback_retrieve_2.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                checkout_session_id=checkout_session_id,
                return_url=return_url,
            ),
            options,
        )


class BillingPlatformsItemsCheckoutCallbackResourceWithRawResponse:
    """`Client.billing.platforms.items.checkout_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingPlatformsItemsCheckoutCallbackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncBillingPlatformsItemsCheckoutCallbackResource:
    """`AsyncClient.billing.platforms.items.checkout_callback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncBillingPlatformsItemsCheckoutCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingPlatformsItemsCheckoutCallbackResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        return_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle checkout callback

        Stripe redirects here after checkout. Processes the completed session and redirects to
        the return URL.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            return_url (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _billing_platforms_items_checkout_callback_retrieve.OPERATION,
            _billing_platforms_items_checkout_callback_retrieve.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                return_url=return_url,
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        checkout_session_id: str,
        return_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Handle checkout callback

        Stripe redirects here after checkout. Processes the completed session and redirects to
        the return URL.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)
            checkout_session_id (str, path)
            return_url (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _billing_platforms_items_checkout_callback_retrieve_2.OPERATION,
            _billing_platforms_items_checkout_callback_retrieve_2.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                checkout_session_id=checkout_session_id,
                return_url=return_url,
            ),
            options,
        )


class AsyncBillingPlatformsItemsCheckoutCallbackResourceWithRawResponse:
    """`AsyncClient.billing.platforms.items.checkout_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingPlatformsItemsCheckoutCallbackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
