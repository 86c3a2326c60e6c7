"""`Client.catalog.search`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .programs import (
        AsyncCatalogSearchProgramsResource,
        AsyncCatalogSearchProgramsResourceWithRawResponse,
        CatalogSearchProgramsResource,
        CatalogSearchProgramsResourceWithRawResponse,
    )

__all__ = [
    "CatalogSearchResource",
    "CatalogSearchResourceWithRawResponse",
    "AsyncCatalogSearchResource",
    "AsyncCatalogSearchResourceWithRawResponse",
]


class CatalogSearchResource:
    """`Client.catalog.search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSearchResourceWithRawResponse(self)

    @cached_property
    def programs(self) -> CatalogSearchProgramsResource:
        from .programs import CatalogSearchProgramsResource

        return CatalogSearchProgramsResource(self._client)


class CatalogSearchResourceWithRawResponse:
    """`Client.catalog.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSearchResource) -> None:
        self._resource = resource

    @cached_property
    def programs(self) -> CatalogSearchProgramsResourceWithRawResponse:
        from .programs import CatalogSearchProgramsResourceWithRawResponse

        return CatalogSearchProgramsResourceWithRawResponse(self._resource.programs)


class AsyncCatalogSearchResource:
    """`AsyncClient.catalog.search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSearchResourceWithRawResponse(self)

    @cached_property
    def programs(self) -> AsyncCatalogSearchProgramsResource:
        from .programs import AsyncCatalogSearchProgramsResource

        return AsyncCatalogSearchProgramsResource(self._client)


class AsyncCatalogSearchResourceWithRawResponse:
    """`AsyncClient.catalog.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSearchResource) -> None:
        self._resource = resource

    @cached_property
    def programs(self) -> AsyncCatalogSearchProgramsResourceWithRawResponse:
        from .programs import AsyncCatalogSearchProgramsResourceWithRawResponse

        return AsyncCatalogSearchProgramsResourceWithRawResponse(self._resource.programs)
