"""`Client.providers.apple.validate_transaction_id`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_apple_validate_transaction_id_create as _providers_apple_validate_transaction_id_create,
)
from .....models.apple_verify_transaction_id import AppleVerifyTransactionId
from .....models.base_response import BaseResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersAppleValidateTransactionIdResource",
    "ProvidersAppleValidateTransactionIdResourceWithRawResponse",
    "AsyncProvidersAppleValidateTransactionIdResource",
    "AsyncProvidersAppleValidateTransactionIdResourceWithRawResponse",
]


class ProvidersAppleValidateTransactionIdResource:
    """`Client.providers.apple.validate_transaction_id`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAppleValidateTransactionIdResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAppleValidateTransactionIdResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: AppleVerifyTransactionId,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse: ...

    @overload
    def create(
        self,
        *,
        apple_transaction_id: str,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse: ...

    def create(
        self,
        *,
        body: AppleVerifyTransactionId | Unset = UNSET,
        apple_transaction_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse:
        """Checks if a provided transaction_id is valid

        Args:
            body (AppleVerifyTransactionId, request body)
            Or the body's fields as keywords instead of body=: apple_transaction_id

        Returns:
            BaseResponse
        """
        body = body_from_fields(
            "providers.apple.validate_transaction_id.create",
            body,
            AppleVerifyTransactionId,
            ["apple_transaction_id"],
            (("apple_transaction_id", "apple_transaction_id", apple_transaction_id),),
        )
        return self._client._send(
            _providers_apple_validate_transaction_id_create.OPERATION,
            _providers_apple_validate_transaction_id_create.build_request(body=body),
            options,
        )


class ProvidersAppleValidateTransactionIdResourceWithRawResponse:
    """`Client.providers.apple.validate_transaction_id`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAppleValidateTransactionIdResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersAppleValidateTransactionIdResource:
    """`AsyncClient.providers.apple.validate_transaction_id`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAppleValidateTransactionIdResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAppleValidateTransactionIdResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: AppleVerifyTransactionId,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse: ...

    @overload
    async def create(
        self,
        *,
        apple_transaction_id: str,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse: ...

    async def create(
        self,
        *,
        body: AppleVerifyTransactionId | Unset = UNSET,
        apple_transaction_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BaseResponse:
        """Checks if a provided transaction_id is valid

        Args:
            body (AppleVerifyTransactionId, request body)
            Or the body's fields as keywords instead of body=: apple_transaction_id

        Returns:
            BaseResponse
        """
        body = body_from_fields(
            "providers.apple.validate_transaction_id.create",
            body,
            AppleVerifyTransactionId,
            ["apple_transaction_id"],
            (("apple_transaction_id", "apple_transaction_id", apple_transaction_id),),
        )
        return await self._client._send(
            _providers_apple_validate_transaction_id_create.OPERATION,
            _providers_apple_validate_transaction_id_create.build_request(body=body),
            options,
        )


class AsyncProvidersAppleValidateTransactionIdResourceWithRawResponse:
    """`AsyncClient.providers.apple.validate_transaction_id`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAppleValidateTransactionIdResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
