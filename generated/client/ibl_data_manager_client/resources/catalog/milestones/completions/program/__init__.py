"""`Client.catalog.milestones.completions.program`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .query import (
        AsyncCatalogMilestonesCompletionsProgramQueryResource,
        AsyncCatalogMilestonesCompletionsProgramQueryResourceWithRawResponse,
        CatalogMilestonesCompletionsProgramQueryResource,
        CatalogMilestonesCompletionsProgramQueryResourceWithRawResponse,
    )

__all__ = [
    "CatalogMilestonesCompletionsProgramResource",
    "CatalogMilestonesCompletionsProgramResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsProgramResource",
    "AsyncCatalogMilestonesCompletionsProgramResourceWithRawResponse",
]


class CatalogMilestonesCompletionsProgramResource:
    """`Client.catalog.milestones.completions.program`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsProgramResourceWithRawResponse(self)

    @cached_property
    def query(self) -> CatalogMilestonesCompletionsProgramQueryResource:
        from .query import CatalogMilestonesCompletionsProgramQueryResource

        return CatalogMilestonesCompletionsProgramQueryResource(self._client)


class CatalogMilestonesCompletionsProgramResourceWithRawResponse:
    """`Client.catalog.milestones.completions.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsProgramResource) -> None:
        self._resource = resource

    @cached_property
    def query(self) -> CatalogMilestonesCompletionsProgramQueryResourceWithRawResponse:
        from .query import CatalogMilestonesCompletionsProgramQueryResourceWithRawResponse

        return CatalogMilestonesCompletionsProgramQueryResourceWithRawResponse(self._resource.query)


class AsyncCatalogMilestonesCompletionsProgramResource:
    """`AsyncClient.catalog.milestones.completions.program`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesCompletionsProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsProgramResourceWithRawResponse(self)

    @cached_property
    def query(self) -> AsyncCatalogMilestonesCompletionsProgramQueryResource:
        from .query import AsyncCatalogMilestonesCompletionsProgramQueryResource

        return AsyncCatalogMilestonesCompletionsProgramQueryResource(self._client)


class AsyncCatalogMilestonesCompletionsProgramResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsProgramResource) -> None:
        self._resource = resource

    @cached_property
    def query(self) -> AsyncCatalogMilestonesCompletionsProgramQueryResourceWithRawResponse:
        from .query import AsyncCatalogMilestonesCompletionsProgramQueryResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsProgramQueryResourceWithRawResponse(
            self._resource.query
        )
