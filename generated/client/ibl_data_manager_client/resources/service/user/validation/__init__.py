"""`Client.service.user.validation`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import service_user_validation_create as _service_user_validation_create

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ServiceUserValidationResource",
    "ServiceUserValidationResourceWithRawResponse",
    "AsyncServiceUserValidationResource",
    "AsyncServiceUserValidationResourceWithRawResponse",
]


class ServiceUserValidationResource:
    """`Client.service.user.validation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceUserValidationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceUserValidationResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if tenant exists or not

        Returns:
            None
        """
        return self._client._send(
            _service_user_validation_create.OPERATION,
            _service_user_validation_create.build_request(),
            options,
        )


class ServiceUserValidationResourceWithRawResponse:
    """`Client.service.user.validation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceUserValidationResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceUserValidationResource:
    """`AsyncClient.service.user.validation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceUserValidationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceUserValidationResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check if tenant exists or not

        Returns:
            None
        """
        return await self._client._send(
            _service_user_validation_create.OPERATION,
            _service_user_validation_create.build_request(),
            options,
        )


class AsyncServiceUserValidationResourceWithRawResponse:
    """`AsyncClient.service.user.validation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceUserValidationResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
