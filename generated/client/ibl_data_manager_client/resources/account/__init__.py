"""`Client.account`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ..._operation import RequestOptions, optional_body_from_fields
from ..._response import async_to_raw_response, to_raw_response
from ...api.account import account_partial_update as _account_partial_update
from ...api.account import account_retrieve as _account_retrieve
from ...api.account import account_update as _account_update
from ...models.credit_account_auto_recharge_update import CreditAccountAutoRechargeUpdate
from ...models.credit_account_info import CreditAccountInfo
from ...models.patched_credit_account_auto_recharge_update import (
    PatchedCreditAccountAutoRechargeUpdate,
)
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client

__all__ = [
    "AccountResource",
    "AccountResourceWithRawResponse",
    "AsyncAccountResource",
    "AsyncAccountResourceWithRawResponse",
]


class AccountResource:
    """`Client.account`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AccountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo:
        """Get credit account information

        Return display credits (available_credits, has_credits, account_id) and auto-recharge
        settings. Pass platform_key (or key) to see platform balance if you are a platform
        admin.

        Args:
            platform_key (str | Unset, query)

        Returns:
            CreditAccountInfo
        """
        return self._client._send(
            _account_retrieve.OPERATION,
            _account_retrieve.build_request(platform_key=platform_key),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo: ...

    @overload
    def partial_update(
        self,
        *,
        auto_recharge_threshold_usd: str | Unset = UNSET,
        auto_recharge_amount_usd: str | Unset = UNSET,
        auto_recharge_enabled: bool | Unset = UNSET,
        auto_recharge_spending_limit_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo: ...

    def partial_update(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdate | Unset = UNSET,
        auto_recharge_threshold_usd: str | Unset = UNSET,
        auto_recharge_amount_usd: str | Unset = UNSET,
        auto_recharge_enabled: bool | Unset = UNSET,
        auto_recharge_spending_limit_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo:
        """Partially update auto-recharge preferences

        Same as PUT; partial update of auto-recharge fields.

        Args:
            body (PatchedCreditAccountAutoRechargeUpdate | Unset, request body): Partial update
                for CreditAccount auto-recharge fields.
            Or the body's fields as keywords instead of body=: auto_recharge_threshold_usd,
                auto_recharge_amount_usd, auto_recharge_enabled,
                auto_recharge_spending_limit_usd

        Returns:
            CreditAccountInfo
        """
        body = optional_body_from_fields(
            "account.partial_update",
            body,
            PatchedCreditAccountAutoRechargeUpdate,
            [],
            (
                (
                    "auto_recharge_threshold_usd",
                    "auto_recharge_threshold_usd",
                    auto_recharge_threshold_usd,
                ),
                ("auto_recharge_amount_usd", "auto_recharge_amount_usd", auto_recharge_amount_usd),
                ("auto_recharge_enabled", "auto_recharge_enabled", auto_recharge_enabled),
                (
                    "auto_recharge_spending_limit_usd",
                    "auto_recharge_spending_limit_usd",
                    auto_recharge_spending_limit_usd,
                ),
            ),
        )
        return self._client._send(
            _account_partial_update.OPERATION,
            _account_partial_update.build_request(body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        body: CreditAccountAutoRechargeUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo: ...

    @overload
    def update(
        self,
        *,
        auto_recharge_threshold_usd: str | Unset = UNSET,
        auto_recharge_amount_usd: str | Unset = UNSET,
        auto_recharge_enabled: bool | Unset = UNSET,
        auto_recharge_spending_limit_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo: ...

    def update(
        self,
        *,
        body: CreditAccountAutoRechargeUpdate | Unset = UNSET,
        auto_recharge_threshold_usd: str | Unset = UNSET,
        auto_recharge_amount_usd: str | Unset = UNSET,
        auto_recharge_enabled: bool | Unset = UNSET,
        auto_recharge_spending_limit_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo:
        """Update auto-recharge preferences

        Update auto_recharge_threshold_usd, auto_recharge_amount_usd, auto_recharge_enabled,
        and/or auto_recharge_spending_limit_usd. When enabling auto-recharge, missing values are
        calculated: if only limit set, amount = 20% of limit; if only amount set, limit = 5x
        amount; if neither set, defaults are limit=20, amount=4. Pass platform_key in the
        request body to update platform settings.

        Args:
            body (CreditAccountAutoRechargeUpdate | Unset, request body): Partial update for
                CreditAccount auto-recharge fields.
            Or the body's fields as keywords instead of body=: auto_recharge_threshold_usd,
                auto_recharge_amount_usd, auto_recharge_enabled,
                auto_recharge_spending_limit_usd

        Returns:
            CreditAccountInfo
        """
        body = optional_body_from_fields(
            "account.update",
            body,
            CreditAccountAutoRechargeUpdate,
            [],
            (
                (
                    "auto_recharge_threshold_usd",
                    "auto_recharge_threshold_usd",
                    auto_recharge_threshold_usd,
                ),
                ("auto_recharge_amount_usd", "auto_recharge_amount_usd", auto_recharge_amount_usd),
                ("auto_recharge_enabled", "auto_recharge_enabled", auto_recharge_enabled),
                (
                    "auto_recharge_spending_limit_usd",
                    "auto_recharge_spending_limit_usd",
                    auto_recharge_spending_limit_usd,
                ),
            ),
        )
        return self._client._send(
            _account_update.OPERATION, _account_update.build_request(body=body), options
        )


class AccountResourceWithRawResponse:
    """`Client.account`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AccountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAccountResource:
    """`AsyncClient.account`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAccountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo:
        """Get credit account information

        Return display credits (available_credits, has_credits, account_id) and auto-recharge
        settings. Pass platform_key (or key) to see platform balance if you are a platform
        admin.

        Args:
            platform_key (str | Unset, query)

        Returns:
            CreditAccountInfo
        """
        return await self._client._send(
            _account_retrieve.OPERATION,
            _account_retrieve.build_request(platform_key=platform_key),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo: ...

    @overload
    async def partial_update(
        self,
        *,
        auto_recharge_threshold_usd: str | Unset = UNSET,
        auto_recharge_amount_usd: str | Unset = UNSET,
        auto_recharge_enabled: bool | Unset = UNSET,
        auto_recharge_spending_limit_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo: ...

    async def partial_update(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdate | Unset = UNSET,
        auto_recharge_threshold_usd: str | Unset = UNSET,
        auto_recharge_amount_usd: str | Unset = UNSET,
        auto_recharge_enabled: bool | Unset = UNSET,
        auto_recharge_spending_limit_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo:
        """Partially update auto-recharge preferences

        Same as PUT; partial update of auto-recharge fields.

        Args:
            body (PatchedCreditAccountAutoRechargeUpdate | Unset, request body): Partial update
                for CreditAccount auto-recharge fields.
            Or the body's fields as keywords instead of body=: auto_recharge_threshold_usd,
                auto_recharge_amount_usd, auto_recharge_enabled,
                auto_recharge_spending_limit_usd

        Returns:
            CreditAccountInfo
        """
        body = optional_body_from_fields(
            "account.partial_update",
            body,
            PatchedCreditAccountAutoRechargeUpdate,
            [],
            (
                (
                    "auto_recharge_threshold_usd",
                    "auto_recharge_threshold_usd",
                    auto_recharge_threshold_usd,
                ),
                ("auto_recharge_amount_usd", "auto_recharge_amount_usd", auto_recharge_amount_usd),
                ("auto_recharge_enabled", "auto_recharge_enabled", auto_recharge_enabled),
                (
                    "auto_recharge_spending_limit_usd",
                    "auto_recharge_spending_limit_usd",
                    auto_recharge_spending_limit_usd,
                ),
            ),
        )
        return await self._client._send(
            _account_partial_update.OPERATION,
            _account_partial_update.build_request(body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        body: CreditAccountAutoRechargeUpdate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo: ...

    @overload
    async def update(
        self,
        *,
        auto_recharge_threshold_usd: str | Unset = UNSET,
        auto_recharge_amount_usd: str | Unset = UNSET,
        auto_recharge_enabled: bool | Unset = UNSET,
        auto_recharge_spending_limit_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo: ...

    async def update(
        self,
        *,
        body: CreditAccountAutoRechargeUpdate | Unset = UNSET,
        auto_recharge_threshold_usd: str | Unset = UNSET,
        auto_recharge_amount_usd: str | Unset = UNSET,
        auto_recharge_enabled: bool | Unset = UNSET,
        auto_recharge_spending_limit_usd: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditAccountInfo:
        """Update auto-recharge preferences

        Update auto_recharge_threshold_usd, auto_recharge_amount_usd, auto_recharge_enabled,
        and/or auto_recharge_spending_limit_usd. When enabling auto-recharge, missing values are
        calculated: if only limit set, amount = 20% of limit; if only amount set, limit = 5x
        amount; if neither set, defaults are limit=20, amount=4. Pass platform_key in the
        request body to update platform settings.

        Args:
            body (CreditAccountAutoRechargeUpdate | Unset, request body): Partial update for
                CreditAccount auto-recharge fields.
            Or the body's fields as keywords instead of body=: auto_recharge_threshold_usd,
                auto_recharge_amount_usd, auto_recharge_enabled,
                auto_recharge_spending_limit_usd

        Returns:
            CreditAccountInfo
        """
        body = optional_body_from_fields(
            "account.update",
            body,
            CreditAccountAutoRechargeUpdate,
            [],
            (
                (
                    "auto_recharge_threshold_usd",
                    "auto_recharge_threshold_usd",
                    auto_recharge_threshold_usd,
                ),
                ("auto_recharge_amount_usd", "auto_recharge_amount_usd", auto_recharge_amount_usd),
                ("auto_recharge_enabled", "auto_recharge_enabled", auto_recharge_enabled),
                (
                    "auto_recharge_spending_limit_usd",
                    "auto_recharge_spending_limit_usd",
                    auto_recharge_spending_limit_usd,
                ),
            ),
        )
        return await self._client._send(
            _account_update.OPERATION, _account_update.build_request(body=body), options
        )


class AsyncAccountResourceWithRawResponse:
    """`AsyncClient.account`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAccountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
