"""`Client.core`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .rbac import (
        AsyncCoreRbacResource,
        AsyncCoreRbacResourceWithRawResponse,
        CoreRbacResource,
        CoreRbacResourceWithRawResponse,
    )

__all__ = [
    "CoreResource",
    "CoreResourceWithRawResponse",
    "AsyncCoreResource",
    "AsyncCoreResourceWithRawResponse",
]


class CoreResource:
    """`Client.core`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreResourceWithRawResponse(self)

    @cached_property
    def rbac(self) -> CoreRbacResource:
        from .rbac import CoreRbacResource

        return CoreRbacResource(self._client)


class CoreResourceWithRawResponse:
    """`Client.core`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreResource) -> None:
        self._resource = resource

    @cached_property
    def rbac(self) -> CoreRbacResourceWithRawResponse:
        from .rbac import CoreRbacResourceWithRawResponse

        return CoreRbacResourceWithRawResponse(self._resource.rbac)


class AsyncCoreResource:
    """`AsyncClient.core`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreResourceWithRawResponse(self)

    @cached_property
    def rbac(self) -> AsyncCoreRbacResource:
        from .rbac import AsyncCoreRbacResource

        return AsyncCoreRbacResource(self._client)


class AsyncCoreResourceWithRawResponse:
    """`AsyncClient.core`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreResource) -> None:
        self._resource = resource

    @cached_property
    def rbac(self) -> AsyncCoreRbacResourceWithRawResponse:
        from .rbac import AsyncCoreRbacResourceWithRawResponse

        return AsyncCoreRbacResourceWithRawResponse(self._resource.rbac)
