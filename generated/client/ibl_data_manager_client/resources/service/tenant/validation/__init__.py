"""`Client.service.tenant.validation`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import service_tenant_validation_create as _service_tenant_validation_create

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ServiceTenantValidationResource",
    "ServiceTenantValidationResourceWithRawResponse",
    "AsyncServiceTenantValidationResource",
    "AsyncServiceTenantValidationResourceWithRawResponse",
]


class ServiceTenantValidationResource:
    """`Client.service.tenant.validation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceTenantValidationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceTenantValidationResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if a tenant with a given key, org, or name exists.  At least one non-empty filter
        parameter (key, org, or name) is required.

        Returns:
            None
        """
        return self._client._send(
            _service_tenant_validation_create.OPERATION,
            _service_tenant_validation_create.build_request(),
            options,
        )


class ServiceTenantValidationResourceWithRawResponse:
    """`Client.service.tenant.validation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceTenantValidationResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceTenantValidationResource:
    """`AsyncClient.service.tenant.validation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceTenantValidationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceTenantValidationResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if a tenant with a given key, org, or name exists.  At least one non-empty filter
        parameter (key, org, or name) is required.

        Returns:
            None
        """
        return await self._client._send(
            _service_tenant_validation_create.OPERATION,
            _service_tenant_validation_create.build_request(),
            options,
        )


class AsyncServiceTenantValidationResourceWithRawResponse:
    """`AsyncClient.service.tenant.validation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceTenantValidationResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
