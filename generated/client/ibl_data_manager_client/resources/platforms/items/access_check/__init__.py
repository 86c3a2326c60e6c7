"""`Client.platforms.items.access_check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.platforms import (
    platforms_items_access_check_retrieve as _platforms_items_access_check_retrieve,
)
from .....models.item_access_check_response import ItemAccessCheckResponse

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "PlatformsItemsAccessCheckResource",
    "PlatformsItemsAccessCheckResourceWithRawResponse",
    "AsyncPlatformsItemsAccessCheckResource",
    "AsyncPlatformsItemsAccessCheckResourceWithRawResponse",
]


class PlatformsItemsAccessCheckResource:
    """`Client.platforms.items.access_check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsItemsAccessCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsItemsAccessCheckResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> ItemAccessCheckResponse:
        """Check whether the authenticated user has payment access to an item on a scoped platform.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            ItemAccessCheckResponse
        """
        return self._client._send(
            _platforms_items_access_check_retrieve.OPERATION,
            _platforms_items_access_check_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class PlatformsItemsAccessCheckResourceWithRawResponse:
    """`Client.platforms.items.access_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsItemsAccessCheckResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformsItemsAccessCheckResource:
    """`AsyncClient.platforms.items.access_check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsItemsAccessCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsItemsAccessCheckResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        item_type: str,
        item_id: str,
        **options: Unpack[RequestOptions],
    ) -> ItemAccessCheckResponse:
        """Check whether the authenticated user has payment access to an item on a scoped platform.

        Args:
            platform_key (str, path)
            item_type (str, path)
            item_id (str, path)

        Returns:
            ItemAccessCheckResponse
        """
        return await self._client._send(
            _platforms_items_access_check_retrieve.OPERATION,
            _platforms_items_access_check_retrieve.build_request(
                platform_key=platform_key, item_type=item_type, item_id=item_id
            ),
            options,
        )


class AsyncPlatformsItemsAccessCheckResourceWithRawResponse:
    """`AsyncClient.platforms.items.access_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsItemsAccessCheckResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
