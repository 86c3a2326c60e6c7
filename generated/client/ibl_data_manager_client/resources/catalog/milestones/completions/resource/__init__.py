"""`Client.catalog.milestones.completions.resource`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .manage import (
        AsyncCatalogMilestonesCompletionsResourceManageResource,
        AsyncCatalogMilestonesCompletionsResourceManageResourceWithRawResponse,
        CatalogMilestonesCompletionsResourceManageResource,
        CatalogMilestonesCompletionsResourceManageResourceWithRawResponse,
    )

__all__ = [
    "CatalogMilestonesCompletionsResourceResource",
    "CatalogMilestonesCompletionsResourceResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsResourceResource",
    "AsyncCatalogMilestonesCompletionsResourceResourceWithRawResponse",
]


class CatalogMilestonesCompletionsResourceResource:
    """`Client.catalog.milestones.completions.resource`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsResourceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsResourceResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> CatalogMilestonesCompletionsResourceManageResource:
        from .manage import CatalogMilestonesCompletionsResourceManageResource

        return CatalogMilestonesCompletionsResourceManageResource(self._client)


class CatalogMilestonesCompletionsResourceResourceWithRawResponse:
    """`Client.catalog.milestones.completions.resource`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsResourceResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> CatalogMilestonesCompletionsResourceManageResourceWithRawResponse:
        from .manage import CatalogMilestonesCompletionsResourceManageResourceWithRawResponse

        return CatalogMilestonesCompletionsResourceManageResourceWithRawResponse(
            self._resource.manage
        )


class AsyncCatalogMilestonesCompletionsResourceResource:
    """`AsyncClient.catalog.milestones.completions.resource`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesCompletionsResourceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsResourceResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> AsyncCatalogMilestonesCompletionsResourceManageResource:
        from .manage import AsyncCatalogMilestonesCompletionsResourceManageResource

        return AsyncCatalogMilestonesCompletionsResourceManageResource(self._client)


class AsyncCatalogMilestonesCompletionsResourceResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.resource`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsResourceResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> AsyncCatalogMilestonesCompletionsResourceManageResourceWithRawResponse:
        from .manage import AsyncCatalogMilestonesCompletionsResourceManageResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsResourceManageResourceWithRawResponse(
            self._resource.manage
        )
