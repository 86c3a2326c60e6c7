"""`Client.platform`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncPlatformOrgsResource,
        AsyncPlatformOrgsResourceWithRawResponse,
        PlatformOrgsResource,
        PlatformOrgsResourceWithRawResponse,
    )

__all__ = [
    "PlatformResource",
    "PlatformResourceWithRawResponse",
    "AsyncPlatformResource",
    "AsyncPlatformResourceWithRawResponse",
]


class PlatformResource:
    """`Client.platform`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> PlatformOrgsResource:
        from .orgs import PlatformOrgsResource

        return PlatformOrgsResource(self._client)


class PlatformResourceWithRawResponse:
    """`Client.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> PlatformOrgsResourceWithRawResponse:
        from .orgs import PlatformOrgsResourceWithRawResponse

        return PlatformOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncPlatformResource:
    """`AsyncClient.platform`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncPlatformOrgsResource:
        from .orgs import AsyncPlatformOrgsResource

        return AsyncPlatformOrgsResource(self._client)


class AsyncPlatformResourceWithRawResponse:
    """`AsyncClient.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncPlatformOrgsResourceWithRawResponse:
        from .orgs import AsyncPlatformOrgsResourceWithRawResponse

        return AsyncPlatformOrgsResourceWithRawResponse(self._resource.orgs)
