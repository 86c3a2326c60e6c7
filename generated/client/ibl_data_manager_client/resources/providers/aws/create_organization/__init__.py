"""`Client.providers.aws.create_organization`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_aws_create_organization_create as _providers_aws_create_organization_create,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersAwsCreateOrganizationResource",
    "ProvidersAwsCreateOrganizationResourceWithRawResponse",
    "AsyncProvidersAwsCreateOrganizationResource",
    "AsyncProvidersAwsCreateOrganizationResourceWithRawResponse",
]


class ProvidersAwsCreateOrganizationResource:
    """`Client.providers.aws.create_organization`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAwsCreateOrganizationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAwsCreateOrganizationResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Serves a view that redirects to the AWS marketplace create organization page  Set
        CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the AWS marketplace
        create organization page

        Returns:
            None
        """
        return self._client._send(
            _providers_aws_create_organization_create.OPERATION,
            _providers_aws_create_organization_create.build_request(),
            options,
        )


class ProvidersAwsCreateOrganizationResourceWithRawResponse:
    """`Client.providers.aws.create_organization`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAwsCreateOrganizationResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersAwsCreateOrganizationResource:
    """`AsyncClient.providers.aws.create_organization`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAwsCreateOrganizationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAwsCreateOrganizationResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Serves a view that redirects to the AWS marketplace create organization page  Set
        CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the AWS marketplace
        create organization page

        Returns:
            None
        """
        return await self._client._send(
            _providers_aws_create_organization_create.OPERATION,
            _providers_aws_create_organization_create.build_request(),
            options,
        )


class AsyncProvidersAwsCreateOrganizationResourceWithRawResponse:
    """`AsyncClient.providers.aws.create_organization`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAwsCreateOrganizationResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
