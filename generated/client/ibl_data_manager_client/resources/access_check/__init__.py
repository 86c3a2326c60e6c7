"""`Client.access_check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ..._operation import RequestOptions
from ..._response import async_to_raw_response, to_raw_response
from ...api.access_check import access_check_retrieve as _access_check_retrieve
from ...models.item_access_check_response import ItemAccessCheckResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client

__all__ = [
    "AccessCheckResource",
    "AccessCheckResourceWithRawResponse",
    "AsyncAccessCheckResource",
    "AsyncAccessCheckResourceWithRawResponse",
]


class AccessCheckResource:
    """`Client.access_check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccessCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AccessCheckResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        item_type: str,
        item_id: str,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemAccessCheckResponse:
        """Check whether the authenticated user has payment access to an item.

        Args:
            item_type (str, path)
            item_id (str, path)
            platform_key (str | Unset, query)

        Returns:
            ItemAccessCheckResponse
        """
        return self._client._send(
            _access_check_retrieve.OPERATION,
            _access_check_retrieve.build_request(
                item_type=item_type, item_id=item_id, platform_key=platform_key
            ),
            options,
        )


class AccessCheckResourceWithRawResponse:
    """`Client.access_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AccessCheckResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAccessCheckResource:
    """`AsyncClient.access_check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccessCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAccessCheckResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        item_type: str,
        item_id: str,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ItemAccessCheckResponse:
        """Check whether the authenticated user has payment access to an item.

        Args:
            item_type (str, path)
            item_id (str, path)
            platform_key (str | Unset, query)

        Returns:
            ItemAccessCheckResponse
        """
        return await self._client._send(
            _access_check_retrieve.OPERATION,
            _access_check_retrieve.build_request(
                item_type=item_type, item_id=item_id, platform_key=platform_key
            ),
            options,
        )


class AsyncAccessCheckResourceWithRawResponse:
    """`AsyncClient.access_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAccessCheckResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
