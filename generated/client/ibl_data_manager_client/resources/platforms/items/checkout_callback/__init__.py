"""`Client.platforms.items.checkout_callback`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.platforms import (
    platforms_items_checkout_callback_retrieve as _platforms_items_checkout_callback_retrieve,
)
from .....api.platforms import (
    platforms_items_checkout_callback_retrieve_2 as _platforms_items_checkout_callback_retrieve_2,
)
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "PlatformsItemsCheckoutCallbackResource",
    "PlatformsItemsCheckoutCallbackResourceWithRawResponse",
    "AsyncPlatformsItemsCheckoutCallbackResource",
    "AsyncPlatformsItemsCheckoutCallbackResourceWithRawResponse",
]


class PlatformsItemsCheckoutCallbackResource:
    """`Client.platforms.items.checkout_callback`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsItemsCheckoutCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsItemsCheckoutCallbackResourceWithRawResponse(self)

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
            _platforms_items_checkout_callback_retrieve.OPERATION,
            _platforms_items_checkout_callback_retrieve.build_request(
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
            _platforms_items_checkout_callback_retrieve_2.OPERATION,
            _platforms_items_checkout_callback_retrieve_2.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                checkout_session_id=checkout_session_id,
                return_url=return_url,
            ),
            options,
        )


class PlatformsItemsCheckoutCallbackResourceWithRawResponse:
    """`Client.platforms.items.checkout_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsItemsCheckoutCallbackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncPlatformsItemsCheckoutCallbackResource:
    """`AsyncClient.platforms.items.checkout_callback`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsItemsCheckoutCallbackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsItemsCheckoutCallbackResourceWithRawResponse(self)

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
            _platforms_items_checkout_callback_retrieve.OPERATION,
            _platforms_items_checkout_callback_retrieve.build_request(
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
            _platforms_items_checkout_callback_retrieve_2.OPERATION,
            _platforms_items_checkout_callback_retrieve_2.build_request(
                platform_key=platform_key,
                item_type=item_type,
                item_id=item_id,
                checkout_session_id=checkout_session_id,
                return_url=return_url,
            ),
            options,
        )


class AsyncPlatformsItemsCheckoutCallbackResourceWithRawResponse:
    """`AsyncClient.platforms.items.checkout_callback`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsItemsCheckoutCallbackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
