"""`Client.providers.aws.domain_status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_aws_domain_status_retrieve as _providers_aws_domain_status_retrieve,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersAwsDomainStatusResource",
    "ProvidersAwsDomainStatusResourceWithRawResponse",
    "AsyncProvidersAwsDomainStatusResource",
    "AsyncProvidersAwsDomainStatusResourceWithRawResponse",
]


class ProvidersAwsDomainStatusResource:
    """`Client.providers.aws.domain_status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAwsDomainStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAwsDomainStatusResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to get domain setup status

        Returns:
            None
        """
        return self._client._send(
            _providers_aws_domain_status_retrieve.OPERATION,
            _providers_aws_domain_status_retrieve.build_request(),
            options,
        )


class ProvidersAwsDomainStatusResourceWithRawResponse:
    """`Client.providers.aws.domain_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAwsDomainStatusResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncProvidersAwsDomainStatusResource:
    """`AsyncClient.providers.aws.domain_status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAwsDomainStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAwsDomainStatusResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to get domain setup status

        Returns:
            None
        """
        return await self._client._send(
            _providers_aws_domain_status_retrieve.OPERATION,
            _providers_aws_domain_status_retrieve.build_request(),
            options,
        )


class AsyncProvidersAwsDomainStatusResourceWithRawResponse:
    """`AsyncClient.providers.aws.domain_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAwsDomainStatusResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
