"""`Client.service.user`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .validation import (
        AsyncServiceUserValidationResource,
        AsyncServiceUserValidationResourceWithRawResponse,
        ServiceUserValidationResource,
        ServiceUserValidationResourceWithRawResponse,
    )

__all__ = [
    "ServiceUserResource",
    "ServiceUserResourceWithRawResponse",
    "AsyncServiceUserResource",
    "AsyncServiceUserResourceWithRawResponse",
]


class ServiceUserResource:
    """`Client.service.user`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceUserResourceWithRawResponse(self)

    @cached_property
    def validation(self) -> ServiceUserValidationResource:
        from .validation import ServiceUserValidationResource

        return ServiceUserValidationResource(self._client)


class ServiceUserResourceWithRawResponse:
    """`Client.service.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceUserResource) -> None:
        self._resource = resource

    @cached_property
    def validation(self) -> ServiceUserValidationResourceWithRawResponse:
        from .validation import ServiceUserValidationResourceWithRawResponse

        return ServiceUserValidationResourceWithRawResponse(self._resource.validation)


class AsyncServiceUserResource:
    """`AsyncClient.service.user`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceUserResourceWithRawResponse(self)

    @cached_property
    def validation(self) -> AsyncServiceUserValidationResource:
        from .validation import AsyncServiceUserValidationResource

        return AsyncServiceUserValidationResource(self._client)


class AsyncServiceUserResourceWithRawResponse:
    """`AsyncClient.service.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceUserResource) -> None:
        self._resource = resource

    @cached_property
    def validation(self) -> AsyncServiceUserValidationResourceWithRawResponse:
        from .validation import AsyncServiceUserValidationResourceWithRawResponse

        return AsyncServiceUserValidationResourceWithRawResponse(self._resource.validation)
