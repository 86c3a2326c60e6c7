"""`Client.providers.aws.sync_domain_records`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_aws_sync_domain_records_create as _providers_aws_sync_domain_records_create,
)
from .....api.commerce import (
    providers_aws_sync_domain_records_retrieve as _providers_aws_sync_domain_records_retrieve,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersAwsSyncDomainRecordsResource",
    "ProvidersAwsSyncDomainRecordsResourceWithRawResponse",
    "AsyncProvidersAwsSyncDomainRecordsResource",
    "AsyncProvidersAwsSyncDomainRecordsResourceWithRawResponse",
]


class ProvidersAwsSyncDomainRecordsResource:
    """`Client.providers.aws.sync_domain_records`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAwsSyncDomainRecordsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAwsSyncDomainRecordsResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to get/update CNAME records for domain setup

        Returns:
            None
        """
        return self._client._send(
            _providers_aws_sync_domain_records_retrieve.OPERATION,
            _providers_aws_sync_domain_records_retrieve.build_request(),
            options,
        )

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to get/update CNAME records for domain setup

        Returns:
            None
        """
        return self._client._send(
            _providers_aws_sync_domain_records_create.OPERATION,
            _providers_aws_sync_domain_records_create.build_request(),
            options,
        )


class ProvidersAwsSyncDomainRecordsResourceWithRawResponse:
    """`Client.providers.aws.sync_domain_records`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAwsSyncDomainRecordsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncProvidersAwsSyncDomainRecordsResource:
    """`AsyncClient.providers.aws.sync_domain_records`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAwsSyncDomainRecordsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAwsSyncDomainRecordsResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to get/update CNAME records for domain setup

        Returns:
            None
        """
        return await self._client._send(
            _providers_aws_sync_domain_records_retrieve.OPERATION,
            _providers_aws_sync_domain_records_retrieve.build_request(),
            options,
        )

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to get/update CNAME records for domain setup

        Returns:
            None
        """
        return await self._client._send(
            _providers_aws_sync_domain_records_create.OPERATION,
            _providers_aws_sync_domain_records_create.build_request(),
            options,
        )


class AsyncProvidersAwsSyncDomainRecordsResourceWithRawResponse:
    """`AsyncClient.providers.aws.sync_domain_records`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAwsSyncDomainRecordsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
