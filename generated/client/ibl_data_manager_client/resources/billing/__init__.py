"""`Client.billing`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .access_check import (
        AsyncBillingAccessCheckResource,
        AsyncBillingAccessCheckResourceWithRawResponse,
        BillingAccessCheckResource,
        BillingAccessCheckResourceWithRawResponse,
    )
    from .account import (
        AsyncBillingAccountResource,
        AsyncBillingAccountResourceWithRawResponse,
        BillingAccountResource,
        BillingAccountResourceWithRawResponse,
    )
    from .auto_recharge import (
        AsyncBillingAutoRechargeResource,
        AsyncBillingAutoRechargeResourceWithRawResponse,
        BillingAutoRechargeResource,
        BillingAutoRechargeResourceWithRawResponse,
    )
    from .platforms import (
        AsyncBillingPlatformsResource,
        AsyncBillingPlatformsResourceWithRawResponse,
        BillingPlatformsResource,
        BillingPlatformsResourceWithRawResponse,
    )
    from .transactions import (
        AsyncBillingTransactionsResource,
        AsyncBillingTransactionsResourceWithRawResponse,
        BillingTransactionsResource,
        BillingTransactionsResourceWithRawResponse,
    )

__all__ = [
    "BillingResource",
    "BillingResourceWithRawResponse",
    "AsyncBillingResource",
    "AsyncBillingResourceWithRawResponse",
]


class BillingResource:
    """`Client.billing`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingResourceWithRawResponse(self)

    @cached_property
    def access_check(self) -> BillingAccessCheckResource:
        from .access_check import BillingAccessCheckResource

        return BillingAccessCheckResource(self._client)

    @cached_property
    def account(self) -> BillingAccountResource:
        from .account import BillingAccountResource

        return BillingAccountResource(self._client)

    @cached_property
    def auto_recharge(self) -> BillingAutoRechargeResource:
        from .auto_recharge import BillingAutoRechargeResource

        return BillingAutoRechargeResource(self._client)

    @cached_property
    def platforms(self) -> BillingPlatformsResource:
        from .platforms import BillingPlatformsResource

        return BillingPlatformsResource(self._client)

    @cached_property
    def transactions(self) -> BillingTransactionsResource:
        from .transactions import BillingTransactionsResource

        return BillingTransactionsResource(self._client)


class BillingResourceWithRawResponse:
    """`Client.billing`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingResource) -> None:
        self._resource = resource

    @cached_property
    def access_check(self) -> BillingAccessCheckResourceWithRawResponse:
        from .access_check import BillingAccessCheckResourceWithRawResponse

        return BillingAccessCheckResourceWithRawResponse(self._resource.access_check)

    @cached_property
    def account(self) -> BillingAccountResourceWithRawResponse:
        from .account import BillingAccountResourceWithRawResponse

        return BillingAccountResourceWithRawResponse(self._resource.account)

    @cached_property
    def auto_recharge(self) -> BillingAutoRechargeResourceWithRawResponse:
        from .auto_recharge import BillingAutoRechargeResourceWithRawResponse

        return BillingAutoRechargeResourceWithRawResponse(self._resource.auto_recharge)

    @cached_property
    def platforms(self) -> BillingPlatformsResourceWithRawResponse:
        from .platforms import BillingPlatformsResourceWithRawResponse

        return BillingPlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def transactions(self) -> BillingTransactionsResourceWithRawResponse:
        from .transactions import BillingTransactionsResourceWithRawResponse

        return BillingTransactionsResourceWithRawResponse(self._resource.transactions)


class AsyncBillingResource:
    """`AsyncClient.billing`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingResourceWithRawResponse(self)

    @cached_property
    def access_check(self) -> AsyncBillingAccessCheckResource:
        from .access_check import AsyncBillingAccessCheckResource

        return AsyncBillingAccessCheckResource(self._client)

    @cached_property
    def account(self) -> AsyncBillingAccountResource:
        from .account import AsyncBillingAccountResource

        return AsyncBillingAccountResource(self._client)

    @cached_property
    def auto_recharge(self) -> AsyncBillingAutoRechargeResource:
        from .auto_recharge import AsyncBillingAutoRechargeResource

        return AsyncBillingAutoRechargeResource(self._client)

    @cached_property
    def platforms(self) -> AsyncBillingPlatformsResource:
        from .platforms import AsyncBillingPlatformsResource

        return AsyncBillingPlatformsResource(self._client)

    @cached_property
    def transactions(self) -> AsyncBillingTransactionsResource:
        from .transactions import AsyncBillingTransactionsResource

        return AsyncBillingTransactionsResource(self._client)


class AsyncBillingResourceWithRawResponse:
    """`AsyncClient.billing`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingResource) -> None:
        self._resource = resource

    @cached_property
    def access_check(self) -> AsyncBillingAccessCheckResourceWithRawResponse:
        from .access_check import AsyncBillingAccessCheckResourceWithRawResponse

        return AsyncBillingAccessCheckResourceWithRawResponse(self._resource.access_check)

    @cached_property
    def account(self) -> AsyncBillingAccountResourceWithRawResponse:
        from .account import AsyncBillingAccountResourceWithRawResponse

        return AsyncBillingAccountResourceWithRawResponse(self._resource.account)

    @cached_property
    def auto_recharge(self) -> AsyncBillingAutoRechargeResourceWithRawResponse:
        from .auto_recharge import AsyncBillingAutoRechargeResourceWithRawResponse

        return AsyncBillingAutoRechargeResourceWithRawResponse(self._resource.auto_recharge)

    @cached_property
    def platforms(self) -> AsyncBillingPlatformsResourceWithRawResponse:
        from .platforms import AsyncBillingPlatformsResourceWithRawResponse

        return AsyncBillingPlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def transactions(self) -> AsyncBillingTransactionsResourceWithRawResponse:
        from .transactions import AsyncBillingTransactionsResourceWithRawResponse

        return AsyncBillingTransactionsResourceWithRawResponse(self._resource.transactions)
