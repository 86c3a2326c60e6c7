"""`Client.providers.google_pay.validate_transaction_id`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_google_pay_validate_transaction_id_create as _providers_google_pay_validate_transaction_id_create,
)
from .....models.base_response import BaseResponse
from .....models.google_pay_verify_token import GooglePayVerifyToken
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersGooglePayValidateTransactionIdResource",
    "ProvidersGooglePayValidateTransactionIdResourceWithRawResponse",
    "AsyncProvidersGooglePayValidateTransactionIdResource",
    "AsyncProvidersGooglePayValidateTransactionIdResourceWithRawResponse",
]


class ProvidersGooglePayValidateTransactionIdResource:
    """`Client.providers.google_pay.validate_transaction_id`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGooglePayValidateTransactionIdResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGooglePayValidateTransactionIdResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: GooglePayVerifyToken,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse: ...

    @overload
    def create(
        self,
        *,
        google_pay_receipt: str,
        bundle_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse: ...

    def create(
        self,
        *,
        body: GooglePayVerifyToken | Unset = UNSET,
        google_pay_receipt: str | Unset = UNSET,
        bundle_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse:
        """Associate a Google Pay account with a known user

        Args:
            body (GooglePayVerifyToken, request body)
            Or the body's fields as keywords instead of body=: google_pay_receipt, bundle_id,
                key, name

        Returns:
            BaseResponse
        """
        body = body_from_fields(
            "providers.google_pay.validate_transaction_id.create",
            body,
            GooglePayVerifyToken,
            ["google_pay_receipt"],
            (
                ("google_pay_receipt", "google_pay_receipt", google_pay_receipt),
                ("bundle_id", "bundle_id", bundle_id),
                ("key", "key", key),
                ("name", "name", name),
            ),
        )
        return self._client._send(
            _providers_google_pay_validate_transaction_id_create.OPERATION,
            _providers_google_pay_validate_transaction_id_create.build_request(body=body),
            options,
        )


class ProvidersGooglePayValidateTransactionIdResourceWithRawResponse:
    """`Client.providers.google_pay.validate_transaction_id`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGooglePayValidateTransactionIdResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersGooglePayValidateTransactionIdResource:
    """`AsyncClient.providers.google_pay.validate_transaction_id`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncProvidersGooglePayValidateTransactionIdResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGooglePayValidateTransactionIdResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: GooglePayVerifyToken,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse: ...

    @overload
    async def create(
        self,
        *,
        google_pay_receipt: str,
        bundle_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse: ...

    async def create(
        self,
        *,
        body: GooglePayVerifyToken | Unset = UNSET,
        google_pay_receipt: str | Unset = UNSET,
        bundle_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse:
        """Associate a Google Pay account with a known user

        Args:
            body (GooglePayVerifyToken, request body)
            Or the body's fields as keywords instead of body=: google_pay_receipt, bundle_id,
                key, name

        Returns:
            BaseResponse
        """
        body = body_from_fields(
            "providers.google_pay.validate_transaction_id.create",
            body,
            GooglePayVerifyToken,
            ["google_pay_receipt"],
            (
                ("google_pay_receipt", "google_pay_receipt", google_pay_receipt),
                ("bundle_id", "bundle_id", bundle_id),
                ("key", "key", key),
                ("name", "name", name),
            ),
        )
        return await self._client._send(
            _providers_google_pay_validate_transaction_id_create.OPERATION,
            _providers_google_pay_validate_transaction_id_create.build_request(body=body),
            options,
        )


class AsyncProvidersGooglePayValidateTransactionIdResourceWithRawResponse:
    """`AsyncClient.providers.google_pay.validate_transaction_id`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGooglePayValidateTransactionIdResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
