"""The client's resources, one package each: `Client` and `AsyncClient` derive from the
classes here, whose accessors import each top-level resource on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .._client import AsyncClient, Client
    from .core import (
        AsyncCoreResource,
        AsyncCoreResourceWithRawResponse,
        CoreResource,
        CoreResourceWithRawResponse,
    )

__all__ = [
    "ClientResources",
    "ClientResourcesWithRawResponse",
    "AsyncClientResources",
    "AsyncClientResourcesWithRawResponse",
]


class ClientResources:
    """The top-level resources of `Client`, which derives from this class."""

    @cached_property
    def with_raw_response(self) -> ClientResourcesWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ClientResourcesWithRawResponse(self)

    @cached_property
    def core(self) -> CoreResource:
        from .core import CoreResource

        return CoreResource(cast("Client", self))


class ClientResourcesWithRawResponse:
    """`Client`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ClientResources) -> None:
        self._resource = resource

    @cached_property
    def core(self) -> CoreResourceWithRawResponse:
        from .core import CoreResourceWithRawResponse

        return CoreResourceWithRawResponse(self._resource.core)


class AsyncClientResources:
    """The top-level resources of `AsyncClient`, which derives from this class."""

    @cached_property
    def with_raw_response(self) -> AsyncClientResourcesWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncClientResourcesWithRawResponse(self)

    @cached_property
    def core(self) -> AsyncCoreResource:
        from .core import AsyncCoreResource

        return AsyncCoreResource(cast("AsyncClient", self))


class AsyncClientResourcesWithRawResponse:
    """`AsyncClient`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncClientResources) -> None:
        self._resource = resource

    @cached_property
    def core(self) -> AsyncCoreResourceWithRawResponse:
        from .core import AsyncCoreResourceWithRawResponse

        return AsyncCoreResourceWithRawResponse(self._resource.core)
