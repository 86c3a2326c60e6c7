"""`Client.providers.apple`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .associate_account import (
        AsyncProvidersAppleAssociateAccountResource,
        AsyncProvidersAppleAssociateAccountResourceWithRawResponse,
        ProvidersAppleAssociateAccountResource,
        ProvidersAppleAssociateAccountResourceWithRawResponse,
    )
    from .hook import (
        AsyncProvidersAppleHookResource,
        AsyncProvidersAppleHookResourceWithRawResponse,
        ProvidersAppleHookResource,
        ProvidersAppleHookResourceWithRawResponse,
    )
    from .subscription_status import (
        AsyncProvidersAppleSubscriptionStatusResource,
        AsyncProvidersAppleSubscriptionStatusResourceWithRawResponse,
        ProvidersAppleSubscriptionStatusResource,
        ProvidersAppleSubscriptionStatusResourceWithRawResponse,
    )
    from .validate_transaction_id import (
        AsyncProvidersAppleValidateTransactionIdResource,
        AsyncProvidersAppleValidateTransactionIdResourceWithRawResponse,
        ProvidersAppleValidateTransactionIdResource,
        ProvidersAppleValidateTransactionIdResourceWithRawResponse,
    )

__all__ = [
    "ProvidersAppleResource",
    "ProvidersAppleResourceWithRawResponse",
    "AsyncProvidersAppleResource",
    "AsyncProvidersAppleResourceWithRawResponse",
]


class ProvidersAppleResource:
    """`Client.providers.apple`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAppleResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAppleResourceWithRawResponse(self)

    @cached_property
    def associate_account(self) -> ProvidersAppleAssociateAccountResource:
        from .associate_account import ProvidersAppleAssociateAccountResource

        return ProvidersAppleAssociateAccountResource(self._client)

    @cached_property
    def hook(self) -> ProvidersAppleHookResource:
        from .hook import ProvidersAppleHookResource

        return ProvidersAppleHookResource(self._client)

    @cached_property
    def subscription_status(self) -> ProvidersAppleSubscriptionStatusResource:
        from .subscription_status import ProvidersAppleSubscriptionStatusResource

        return ProvidersAppleSubscriptionStatusResource(self._client)

    @cached_property
    def validate_transaction_id(self) -> ProvidersAppleValidateTransactionIdResource:
        from .validate_transaction_id import ProvidersAppleValidateTransactionIdResource

        return ProvidersAppleValidateTransactionIdResource(self._client)


class ProvidersAppleResourceWithRawResponse:
    """`Client.providers.apple`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAppleResource) -> None:
        self._resource = resource

    @cached_property
    def associate_account(self) -> ProvidersAppleAssociateAccountResourceWithRawResponse:
        from .associate_account import ProvidersAppleAssociateAccountResourceWithRawResponse

        return ProvidersAppleAssociateAccountResourceWithRawResponse(
            self._resource.associate_account
        )

    @cached_property
    def hook(self) -> ProvidersAppleHookResourceWithRawResponse:
        from .hook import ProvidersAppleHookResourceWithRawResponse

        return ProvidersAppleHookResourceWithRawResponse(self._resource.hook)

    @cached_property
    def subscription_status(self) -> ProvidersAppleSubscriptionStatusResourceWithRawResponse:
        from .subscription_status import ProvidersAppleSubscriptionStatusResourceWithRawResponse

        return ProvidersAppleSubscriptionStatusResourceWithRawResponse(
            self._resource.subscription_status
        )

    @cached_property
    def validate_transaction_id(self) -> ProvidersAppleValidateTransactionIdResourceWithRawResponse:
        from .validate_transaction_id import (
            ProvidersAppleValidateTransactionIdResourceWithRawResponse,
        )

        return ProvidersAppleValidateTransactionIdResourceWithRawResponse(
            self._resource.validate_transaction_id
        )


class AsyncProvidersAppleResource:
    """`AsyncClient.providers.apple`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAppleResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAppleResourceWithRawResponse(self)

    @cached_property
    def associate_account(self) -> AsyncProvidersAppleAssociateAccountResource:
        from .associate_account import AsyncProvidersAppleAssociateAccountResource

        return AsyncProvidersAppleAssociateAccountResource(self._client)

    @cached_property
    def hook(self) -> AsyncProvidersAppleHookResource:
        from .hook import AsyncProvidersAppleHookResource

        return AsyncProvidersAppleHookResource(self._client)

    @cached_property
    def subscription_status(self) -> AsyncProvidersAppleSubscriptionStatusResource:
        from .subscription_status import AsyncProvidersAppleSubscriptionStatusResource

        return AsyncProvidersAppleSubscriptionStatusResource(self._client)

    @cached_property
    def validate_transaction_id(self) -> AsyncProvidersAppleValidateTransactionIdResource:
        from .validate_transaction_id import AsyncProvidersAppleValidateTransactionIdResource

        return AsyncProvidersAppleValidateTransactionIdResource(self._client)


class AsyncProvidersAppleResourceWithRawResponse:
    """`AsyncClient.providers.apple`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAppleResource) -> None:
        self._resource = resource

    @cached_property
    def associate_account(self) -> AsyncProvidersAppleAssociateAccountResourceWithRawResponse:
        from .associate_account import AsyncProvidersAppleAssociateAccountResourceWithRawResponse

        return AsyncProvidersAppleAssociateAccountResourceWithRawResponse(
            self._resource.associate_account
        )

    @cached_property
    def hook(self) -> AsyncProvidersAppleHookResourceWithRawResponse:
        from .hook import AsyncProvidersAppleHookResourceWithRawResponse

        return AsyncProvidersAppleHookResourceWithRawResponse(self._resource.hook)

    @cached_property
    def subscription_status(self) -> AsyncProvidersAppleSubscriptionStatusResourceWithRawResponse:
        from .subscription_status import (
            AsyncProvidersAppleSubscriptionStatusResourceWithRawResponse,
        )

        return AsyncProvidersAppleSubscriptionStatusResourceWithRawResponse(
            self._resource.subscription_status
        )

    @cached_property
    def validate_transaction_id(
        self,
    ) -> AsyncProvidersAppleValidateTransactionIdResourceWithRawResponse:
        from .validate_transaction_id import (
            AsyncProvidersAppleValidateTransactionIdResourceWithRawResponse,
        )

        return AsyncProvidersAppleValidateTransactionIdResourceWithRawResponse(
            self._resource.validate_transaction_id
        )
