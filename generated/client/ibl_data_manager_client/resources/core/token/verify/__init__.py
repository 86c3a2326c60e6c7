"""`Client.core.token.verify`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_token_verify_retrieve as _core_token_verify_retrieve

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreTokenVerifyResource",
    "CoreTokenVerifyResourceWithRawResponse",
    "AsyncCoreTokenVerifyResource",
    "AsyncCoreTokenVerifyResourceWithRawResponse",
]


class CoreTokenVerifyResource:
    """`Client.core.token.verify`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreTokenVerifyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreTokenVerifyResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check token user

        Returns:
            None
        """
        return self._client._send(
            _core_token_verify_retrieve.OPERATION,
            _core_token_verify_retrieve.build_request(),
            options,
        )


class CoreTokenVerifyResourceWithRawResponse:
    """`Client.core.token.verify`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreTokenVerifyResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCoreTokenVerifyResource:
    """`AsyncClient.core.token.verify`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreTokenVerifyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreTokenVerifyResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check token user

        Returns:
            None
        """
        return await self._client._send(
            _core_token_verify_retrieve.OPERATION,
            _core_token_verify_retrieve.build_request(),
            options,
        )


class AsyncCoreTokenVerifyResourceWithRawResponse:
    """`AsyncClient.core.token.verify`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreTokenVerifyResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
