"""`Client.core.rbac.permissions`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .check import (
        AsyncCoreRbacPermissionsCheckResource,
        AsyncCoreRbacPermissionsCheckResourceWithRawResponse,
        CoreRbacPermissionsCheckResource,
        CoreRbacPermissionsCheckResourceWithRawResponse,
    )

__all__ = [
    "CoreRbacPermissionsResource",
    "CoreRbacPermissionsResourceWithRawResponse",
    "AsyncCoreRbacPermissionsResource",
    "AsyncCoreRbacPermissionsResourceWithRawResponse",
]


class CoreRbacPermissionsResource:
    """`Client.core.rbac.permissions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacPermissionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacPermissionsResourceWithRawResponse(self)

    @cached_property
    def check(self) -> CoreRbacPermissionsCheckResource:
        from .check import CoreRbacPermissionsCheckResource

        return CoreRbacPermissionsCheckResource(self._client)


class CoreRbacPermissionsResourceWithRawResponse:
    """`Client.core.rbac.permissions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacPermissionsResource) -> None:
        self._resource = resource

    @cached_property
    def check(self) -> CoreRbacPermissionsCheckResourceWithRawResponse:
        from .check import CoreRbacPermissionsCheckResourceWithRawResponse

        return CoreRbacPermissionsCheckResourceWithRawResponse(self._resource.check)


class AsyncCoreRbacPermissionsResource:
    """`AsyncClient.core.rbac.permissions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacPermissionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacPermissionsResourceWithRawResponse(self)

    @cached_property
    def check(self) -> AsyncCoreRbacPermissionsCheckResource:
        from .check import AsyncCoreRbacPermissionsCheckResource

        return AsyncCoreRbacPermissionsCheckResource(self._client)


class AsyncCoreRbacPermissionsResourceWithRawResponse:
    """`AsyncClient.core.rbac.permissions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacPermissionsResource) -> None:
        self._resource = resource

    @cached_property
    def check(self) -> AsyncCoreRbacPermissionsCheckResourceWithRawResponse:
        from .check import AsyncCoreRbacPermissionsCheckResourceWithRawResponse

        return AsyncCoreRbacPermissionsCheckResourceWithRawResponse(self._resource.check)
