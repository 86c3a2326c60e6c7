"""`Client.billing.access_check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.billing import billing_access_check_retrieve as _billing_access_check_retrieve
from ....models.item_access_check_response import ItemAccessCheckResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "BillingAccessCheckResource",
    "BillingAccessCheckResourceWithRawResponse",
    "AsyncBillingAccessCheckResource",
    "AsyncBillingAccessCheckResourceWithRawResponse",
]


class BillingAccessCheckResource:
    """`Client.billing.access_check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingAccessCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingAccessCheckResourceWithRawResponse(self)

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
            _billing_access_check_retrieve.OPERATION,
            _billing_access_check_retrieve.build_request(
                item_type=item_type, item_id=item_id, platform_key=platform_key
            ),
            options,
        )


class BillingAccessCheckResourceWithRawResponse:
    """`Client.billing.access_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingAccessCheckResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncBillingAccessCheckResource:
    """`AsyncClient.billing.access_check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingAccessCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingAccessCheckResourceWithRawResponse(self)

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
            _billing_access_check_retrieve.OPERATION,
            _billing_access_check_retrieve.build_request(
                item_type=item_type, item_id=item_id, platform_key=platform_key
            ),
            options,
        )


class AsyncBillingAccessCheckResourceWithRawResponse:
    """`AsyncClient.billing.access_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingAccessCheckResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
