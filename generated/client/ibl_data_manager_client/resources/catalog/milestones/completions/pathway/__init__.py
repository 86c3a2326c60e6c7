"""`Client.catalog.milestones.completions.pathway`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .query import (
        AsyncCatalogMilestonesCompletionsPathwayQueryResource,
        AsyncCatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse,
        CatalogMilestonesCompletionsPathwayQueryResource,
        CatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse,
    )

__all__ = [
    "CatalogMilestonesCompletionsPathwayResource",
    "CatalogMilestonesCompletionsPathwayResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsPathwayResource",
    "AsyncCatalogMilestonesCompletionsPathwayResourceWithRawResponse",
]


class CatalogMilestonesCompletionsPathwayResource:
    """`Client.catalog.milestones.completions.pathway`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsPathwayResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsPathwayResourceWithRawResponse(self)

    @cached_property
    def query(self) -> CatalogMilestonesCompletionsPathwayQueryResource:
        from .query import CatalogMilestonesCompletionsPathwayQueryResource

        return CatalogMilestonesCompletionsPathwayQueryResource(self._client)


class CatalogMilestonesCompletionsPathwayResourceWithRawResponse:
    """`Client.catalog.milestones.completions.pathway`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsPathwayResource) -> None:
        self._resource = resource

    @cached_property
    def query(self) -> CatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse:
        from .query import CatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse

        return CatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse(self._resource.query)


class AsyncCatalogMilestonesCompletionsPathwayResource:
    """`AsyncClient.catalog.milestones.completions.pathway`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesCompletionsPathwayResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsPathwayResourceWithRawResponse(self)

    @cached_property
    def query(self) -> AsyncCatalogMilestonesCompletionsPathwayQueryResource:
        from .query import AsyncCatalogMilestonesCompletionsPathwayQueryResource

        return AsyncCatalogMilestonesCompletionsPathwayQueryResource(self._client)


class AsyncCatalogMilestonesCompletionsPathwayResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.pathway`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsPathwayResource) -> None:
        self._resource = resource

    @cached_property
    def query(self) -> AsyncCatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse:
        from .query import AsyncCatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse(
            self._resource.query
        )
