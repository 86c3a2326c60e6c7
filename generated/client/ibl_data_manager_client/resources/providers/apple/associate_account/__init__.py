"""`Client.providers.apple.associate_account`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_apple_associate_account_create as _providers_apple_associate_account_create,
)
from .....models.associate_account_response import AssociateAccountResponse
from .....models.associate_apple_account import AssociateAppleAccount
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersAppleAssociateAccountResource",
    "ProvidersAppleAssociateAccountResourceWithRawResponse",
    "AsyncProvidersAppleAssociateAccountResource",
    "AsyncProvidersAppleAssociateAccountResourceWithRawResponse",
]


class ProvidersAppleAssociateAccountResource:
    """`Client.providers.apple.associate_account`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAppleAssociateAccountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAppleAssociateAccountResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: AssociateAppleAccount,
        **options: Unpack[RequestOptions],
    ) -> AssociateAccountResponse: ...

    @overload
    def create(
        self,
        *,
        app_receipt: str,
        **options: Unpack[RequestOptions],
    ) -> AssociateAccountResponse: ...

    def create(
        self,
        *,
        body: AssociateAppleAccount | Unset = UNSET,
        app_receipt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AssociateAccountResponse:
        """Associate an Apple account with a user known user

        Args:
            body (AssociateAppleAccount, request body)
            Or the body's fields as keywords instead of body=: app_receipt

        Returns:
            AssociateAccountResponse
        """
        body = body_from_fields(
            "providers.apple.associate_account.create",
            body,
            AssociateAppleAccount,
            ["app_receipt"],
            (("app_receipt", "app_receipt", app_receipt),),
        )
        return self._client._send(
            _providers_apple_associate_account_create.OPERATION,
            _providers_apple_associate_account_create.build_request(body=body),
            options,
        )


class ProvidersAppleAssociateAccountResourceWithRawResponse:
    """`Client.providers.apple.associate_account`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAppleAssociateAccountResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersAppleAssociateAccountResource:
    """`AsyncClient.providers.apple.associate_account`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAppleAssociateAccountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAppleAssociateAccountResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: AssociateAppleAccount,
        **options: Unpack[RequestOptions],
    ) -> AssociateAccountResponse: ...

    @overload
    async def create(
        self,
        *,
        app_receipt: str,
        **options: Unpack[RequestOptions],
    ) -> AssociateAccountResponse: ...

    async def create(
        self,
        *,
        body: AssociateAppleAccount | Unset = UNSET,
        app_receipt: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AssociateAccountResponse:
        """Associate an Apple account with a user known user

        Args:
            body (AssociateAppleAccount, request body)
            Or the body's fields as keywords instead of body=: app_receipt

        Returns:
            AssociateAccountResponse
        """
        body = body_from_fields(
            "providers.apple.associate_account.create",
            body,
            AssociateAppleAccount,
            ["app_receipt"],
            (("app_receipt", "app_receipt", app_receipt),),
        )
        return await self._client._send(
            _providers_apple_associate_account_create.OPERATION,
            _providers_apple_associate_account_create.build_request(body=body),
            options,
        )


class AsyncProvidersAppleAssociateAccountResourceWithRawResponse:
    """`AsyncClient.providers.apple.associate_account`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAppleAssociateAccountResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
