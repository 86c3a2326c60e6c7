"""`Client.service.tenant`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .validation import (
        AsyncServiceTenantValidationResource,
        AsyncServiceTenantValidationResourceWithRawResponse,
        ServiceTenantValidationResource,
        ServiceTenantValidationResourceWithRawResponse,
    )

__all__ = [
    "ServiceTenantResource",
    "ServiceTenantResourceWithRawResponse",
    "AsyncServiceTenantResource",
    "AsyncServiceTenantResourceWithRawResponse",
]


class ServiceTenantResource:
    """`Client.service.tenant`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceTenantResourceWithRawResponse(self)

    @cached_property
    def validation(self) -> ServiceTenantValidationResource:
        from .validation import ServiceTenantValidationResource

        return ServiceTenantValidationResource(self._client)


class ServiceTenantResourceWithRawResponse:
    """`Client.service.tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceTenantResource) -> None:
        self._resource = resource

    @cached_property
    def validation(self) -> ServiceTenantValidationResourceWithRawResponse:
        from .validation import ServiceTenantValidationResourceWithRawResponse

        return ServiceTenantValidationResourceWithRawResponse(self._resource.validation)


class AsyncServiceTenantResource:
    """`AsyncClient.service.tenant`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceTenantResourceWithRawResponse(self)

    @cached_property
    def validation(self) -> AsyncServiceTenantValidationResource:
        from .validation import AsyncServiceTenantValidationResource

        return AsyncServiceTenantValidationResource(self._client)


class AsyncServiceTenantResourceWithRawResponse:
    """`AsyncClient.service.tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceTenantResource) -> None:
        self._resource = resource

    @cached_property
    def validation(self) -> AsyncServiceTenantValidationResourceWithRawResponse:
        from .validation import AsyncServiceTenantValidationResourceWithRawResponse

        return AsyncServiceTenantValidationResourceWithRawResponse(self._resource.validation)
