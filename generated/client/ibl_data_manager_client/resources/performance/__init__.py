"""`Client.performance`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncPerformanceOrgsResource,
        AsyncPerformanceOrgsResourceWithRawResponse,
        PerformanceOrgsResource,
        PerformanceOrgsResourceWithRawResponse,
    )

__all__ = [
    "PerformanceResource",
    "PerformanceResourceWithRawResponse",
    "AsyncPerformanceResource",
    "AsyncPerformanceResourceWithRawResponse",
]


class PerformanceResource:
    """`Client.performance`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerformanceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerformanceResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> PerformanceOrgsResource:
        from .orgs import PerformanceOrgsResource

        return PerformanceOrgsResource(self._client)


class PerformanceResourceWithRawResponse:
    """`Client.performance`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerformanceResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> PerformanceOrgsResourceWithRawResponse:
        from .orgs import PerformanceOrgsResourceWithRawResponse

        return PerformanceOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncPerformanceResource:
    """`AsyncClient.performance`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerformanceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerformanceResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncPerformanceOrgsResource:
        from .orgs import AsyncPerformanceOrgsResource

        return AsyncPerformanceOrgsResource(self._client)


class AsyncPerformanceResourceWithRawResponse:
    """`AsyncClient.performance`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerformanceResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncPerformanceOrgsResourceWithRawResponse:
        from .orgs import AsyncPerformanceOrgsResourceWithRawResponse

        return AsyncPerformanceOrgsResourceWithRawResponse(self._resource.orgs)
