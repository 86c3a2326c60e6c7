"""`Client.core.session.logout`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_session_logout_create as _core_session_logout_create

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreSessionLogoutResource",
    "CoreSessionLogoutResourceWithRawResponse",
    "AsyncCoreSessionLogoutResource",
    "AsyncCoreSessionLogoutResourceWithRawResponse",
]


class CoreSessionLogoutResource:
    """`Client.core.session.logout`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreSessionLogoutResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreSessionLogoutResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Invalidate all tokens for the authenticated user

        Returns:
            None
        """
        return self._client._send(
            _core_session_logout_create.OPERATION,
            _core_session_logout_create.build_request(),
            options,
        )


class CoreSessionLogoutResourceWithRawResponse:
    """`Client.core.session.logout`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreSessionLogoutResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreSessionLogoutResource:
    """`AsyncClient.core.session.logout`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreSessionLogoutResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreSessionLogoutResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Invalidate all tokens for the authenticated user

        Returns:
            None
        """
        return await self._client._send(
            _core_session_logout_create.OPERATION,
            _core_session_logout_create.build_request(),
            options,
        )


class AsyncCoreSessionLogoutResourceWithRawResponse:
    """`AsyncClient.core.session.logout`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreSessionLogoutResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
