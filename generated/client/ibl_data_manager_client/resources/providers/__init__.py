"""`Client.providers`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .apple import (
        AsyncProvidersAppleResource,
        AsyncProvidersAppleResourceWithRawResponse,
        ProvidersAppleResource,
        ProvidersAppleResourceWithRawResponse,
    )
    from .aws import (
        AsyncProvidersAwsResource,
        AsyncProvidersAwsResourceWithRawResponse,
        ProvidersAwsResource,
        ProvidersAwsResourceWithRawResponse,
    )
    from .gcp import (
        AsyncProvidersGcpResource,
        AsyncProvidersGcpResourceWithRawResponse,
        ProvidersGcpResource,
        ProvidersGcpResourceWithRawResponse,
    )
    from .google_pay import (
        AsyncProvidersGooglePayResource,
        AsyncProvidersGooglePayResourceWithRawResponse,
        ProvidersGooglePayResource,
        ProvidersGooglePayResourceWithRawResponse,
    )
    from .stripe import (
        AsyncProvidersStripeResource,
        AsyncProvidersStripeResourceWithRawResponse,
        ProvidersStripeResource,
        ProvidersStripeResourceWithRawResponse,
    )

__all__ = [
    "ProvidersResource",
    "ProvidersResourceWithRawResponse",
    "AsyncProvidersResource",
    "AsyncProvidersResourceWithRawResponse",
]


class ProvidersResource:
    """`Client.providers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersResourceWithRawResponse(self)

    @cached_property
    def apple(self) -> ProvidersAppleResource:
        from .apple import ProvidersAppleResource

        return ProvidersAppleResource(self._client)

    @cached_property
    def aws(self) -> ProvidersAwsResource:
        from .aws import ProvidersAwsResource

        return ProvidersAwsResource(self._client)

    @cached_property
    def gcp(self) -> ProvidersGcpResource:
        from .gcp import ProvidersGcpResource

        return ProvidersGcpResource(self._client)

    @cached_property
    def google_pay(self) -> ProvidersGooglePayResource:
        from .google_pay import ProvidersGooglePayResource

        return ProvidersGooglePayResource(self._client)

    @cached_property
    def stripe(self) -> ProvidersStripeResource:
        from .stripe import ProvidersStripeResource

        return ProvidersStripeResource(self._client)


class ProvidersResourceWithRawResponse:
    """`Client.providers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersResource) -> None:
        self._resource = resource

    @cached_property
    def apple(self) -> ProvidersAppleResourceWithRawResponse:
        from .apple import ProvidersAppleResourceWithRawResponse

        return ProvidersAppleResourceWithRawResponse(self._resource.apple)

    @cached_property
    def aws(self) -> ProvidersAwsResourceWithRawResponse:
        from .aws import ProvidersAwsResourceWithRawResponse

        return ProvidersAwsResourceWithRawResponse(self._resource.aws)

    @cached_property
    def gcp(self) -> ProvidersGcpResourceWithRawResponse:
        from .gcp import ProvidersGcpResourceWithRawResponse

        return ProvidersGcpResourceWithRawResponse(self._resource.gcp)

    @cached_property
    def google_pay(self) -> ProvidersGooglePayResourceWithRawResponse:
        from .google_pay import ProvidersGooglePayResourceWithRawResponse

        return ProvidersGooglePayResourceWithRawResponse(self._resource.google_pay)

    @cached_property
    def stripe(self) -> ProvidersStripeResourceWithRawResponse:
        from .stripe import ProvidersStripeResourceWithRawResponse

        return ProvidersStripeResourceWithRawResponse(self._resource.stripe)


class AsyncProvidersResource:
    """`AsyncClient.providers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersResourceWithRawResponse(self)

    @cached_property
    def apple(self) -> AsyncProvidersAppleResource:
        from .apple import AsyncProvidersAppleResource

        return AsyncProvidersAppleResource(self._client)

    @cached_property
    def aws(self) -> AsyncProvidersAwsResource:
        from .aws import AsyncProvidersAwsResource

        return AsyncProvidersAwsResource(self._client)

    @cached_property
    def gcp(self) -> AsyncProvidersGcpResource:
        from .gcp import AsyncProvidersGcpResource

        return AsyncProvidersGcpResource(self._client)

    @cached_property
    def google_pay(self) -> AsyncProvidersGooglePayResource:
        from .google_pay import AsyncProvidersGooglePayResource

        return AsyncProvidersGooglePayResource(self._client)

    @cached_property
    def stripe(self) -> AsyncProvidersStripeResource:
        from .stripe import AsyncProvidersStripeResource

        return AsyncProvidersStripeResource(self._client)


class AsyncProvidersResourceWithRawResponse:
    """`AsyncClient.providers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersResource) -> None:
        self._resource = resource

    @cached_property
    def apple(self) -> AsyncProvidersAppleResourceWithRawResponse:
        from .apple import AsyncProvidersAppleResourceWithRawResponse

        return AsyncProvidersAppleResourceWithRawResponse(self._resource.apple)

    @cached_property
    def aws(self) -> AsyncProvidersAwsResourceWithRawResponse:
        from .aws import AsyncProvidersAwsResourceWithRawResponse

        return AsyncProvidersAwsResourceWithRawResponse(self._resource.aws)

    @cached_property
    def gcp(self) -> AsyncProvidersGcpResourceWithRawResponse:
        from .gcp import AsyncProvidersGcpResourceWithRawResponse

        return AsyncProvidersGcpResourceWithRawResponse(self._resource.gcp)

    @cached_property
    def google_pay(self) -> AsyncProvidersGooglePayResourceWithRawResponse:
        from .google_pay import AsyncProvidersGooglePayResourceWithRawResponse

        return AsyncProvidersGooglePayResourceWithRawResponse(self._resource.google_pay)

    @cached_property
    def stripe(self) -> AsyncProvidersStripeResourceWithRawResponse:
        from .stripe import AsyncProvidersStripeResourceWithRawResponse

        return AsyncProvidersStripeResourceWithRawResponse(self._resource.stripe)
