"""`Client.service.token`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.commerce import service_token_retrieve as _service_token_retrieve

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "ServiceTokenResource",
    "ServiceTokenResourceWithRawResponse",
    "AsyncServiceTokenResource",
    "AsyncServiceTokenResourceWithRawResponse",
]


class ServiceTokenResource:
    """`Client.service.token`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceTokenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceTokenResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET Gets site hash_key from or Gets site_id form hash_key

        Returns:
            None
        """
        return self._client._send(
            _service_token_retrieve.OPERATION, _service_token_retrieve.build_request(), options
        )


class ServiceTokenResourceWithRawResponse:
    """`Client.service.token`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceTokenResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncServiceTokenResource:
    """`AsyncClient.service.token`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceTokenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceTokenResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET Gets site hash_key from or Gets site_id form hash_key

        Returns:
            None
        """
        return await self._client._send(
            _service_token_retrieve.OPERATION, _service_token_retrieve.build_request(), options
        )


class AsyncServiceTokenResourceWithRawResponse:
    """`AsyncClient.service.token`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceTokenResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
