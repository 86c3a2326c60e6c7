"""`Client.core.session`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .logout import (
        AsyncCoreSessionLogoutResource,
        AsyncCoreSessionLogoutResourceWithRawResponse,
        CoreSessionLogoutResource,
        CoreSessionLogoutResourceWithRawResponse,
    )

__all__ = [
    "CoreSessionResource",
    "CoreSessionResourceWithRawResponse",
    "AsyncCoreSessionResource",
    "AsyncCoreSessionResourceWithRawResponse",
]


class CoreSessionResource:
    """`Client.core.session`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreSessionResourceWithRawResponse(self)

    @cached_property
    def logout(self) -> CoreSessionLogoutResource:
        from .logout import CoreSessionLogoutResource

        return CoreSessionLogoutResource(self._client)


class CoreSessionResourceWithRawResponse:
    """`Client.core.session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreSessionResource) -> None:
        self._resource = resource

    @cached_property
    def logout(self) -> CoreSessionLogoutResourceWithRawResponse:
        from .logout import CoreSessionLogoutResourceWithRawResponse

        return CoreSessionLogoutResourceWithRawResponse(self._resource.logout)


class AsyncCoreSessionResource:
    """`AsyncClient.core.session`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreSessionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreSessionResourceWithRawResponse(self)

    @cached_property
    def logout(self) -> AsyncCoreSessionLogoutResource:
        from .logout import AsyncCoreSessionLogoutResource

        return AsyncCoreSessionLogoutResource(self._client)


class AsyncCoreSessionResourceWithRawResponse:
    """`AsyncClient.core.session`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreSessionResource) -> None:
        self._resource = resource

    @cached_property
    def logout(self) -> AsyncCoreSessionLogoutResourceWithRawResponse:
        from .logout import AsyncCoreSessionLogoutResourceWithRawResponse

        return AsyncCoreSessionLogoutResourceWithRawResponse(self._resource.logout)
