"""`Client.core.token.proxy`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_token_proxy_create as _core_token_proxy_create

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreTokenProxyResource",
    "CoreTokenProxyResourceWithRawResponse",
    "AsyncCoreTokenProxyResource",
    "AsyncCoreTokenProxyResourceWithRawResponse",
]


class CoreTokenProxyResource:
    """`Client.core.token.proxy`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreTokenProxyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreTokenProxyResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Param: Any of user_id/username/email

        Returns:
            None
        """
        return self._client._send(
            _core_token_proxy_create.OPERATION, _core_token_proxy_create.build_request(), options
        )


class CoreTokenProxyResourceWithRawResponse:
    """`Client.core.token.proxy`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreTokenProxyResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreTokenProxyResource:
    """`AsyncClient.core.token.proxy`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreTokenProxyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreTokenProxyResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Param: Any of user_id/username/email

        Returns:
            None
        """
        return await self._client._send(
            _core_token_proxy_create.OPERATION, _core_token_proxy_create.build_request(), options
        )


class AsyncCoreTokenProxyResourceWithRawResponse:
    """`AsyncClient.core.token.proxy`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreTokenProxyResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
