"""`Client.catalog.milestones.completions.course`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .catalog import (
        AsyncCatalogMilestonesCompletionsCourseCatalogResource,
        AsyncCatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse,
        CatalogMilestonesCompletionsCourseCatalogResource,
        CatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse,
    )
    from .manage import (
        AsyncCatalogMilestonesCompletionsCourseManageResource,
        AsyncCatalogMilestonesCompletionsCourseManageResourceWithRawResponse,
        CatalogMilestonesCompletionsCourseManageResource,
        CatalogMilestonesCompletionsCourseManageResourceWithRawResponse,
    )

__all__ = [
    "CatalogMilestonesCompletionsCourseResource",
    "CatalogMilestonesCompletionsCourseResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsCourseResource",
    "AsyncCatalogMilestonesCompletionsCourseResourceWithRawResponse",
]


class CatalogMilestonesCompletionsCourseResource:
    """`Client.catalog.milestones.completions.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsCourseResourceWithRawResponse(self)

    @cached_property
    def catalog(self) -> CatalogMilestonesCompletionsCourseCatalogResource:
        from .catalog import CatalogMilestonesCompletionsCourseCatalogResource

        return CatalogMilestonesCompletionsCourseCatalogResource(self._client)

    @cached_property
    def manage(self) -> CatalogMilestonesCompletionsCourseManageResource:
        from .manage import CatalogMilestonesCompletionsCourseManageResource

        return CatalogMilestonesCompletionsCourseManageResource(self._client)


class CatalogMilestonesCompletionsCourseResourceWithRawResponse:
    """`Client.catalog.milestones.completions.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def catalog(self) -> CatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse:
        from .catalog import CatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse

        return CatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse(
            self._resource.catalog
        )

    @cached_property
    def manage(self) -> CatalogMilestonesCompletionsCourseManageResourceWithRawResponse:
        from .manage import CatalogMilestonesCompletionsCourseManageResourceWithRawResponse

        return CatalogMilestonesCompletionsCourseManageResourceWithRawResponse(
            self._resource.manage
        )


class AsyncCatalogMilestonesCompletionsCourseResource:
    """`AsyncClient.catalog.milestones.completions.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesCompletionsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsCourseResourceWithRawResponse(self)

    @cached_property
    def catalog(self) -> AsyncCatalogMilestonesCompletionsCourseCatalogResource:
        from .catalog import AsyncCatalogMilestonesCompletionsCourseCatalogResource

        return AsyncCatalogMilestonesCompletionsCourseCatalogResource(self._client)

    @cached_property
    def manage(self) -> AsyncCatalogMilestonesCompletionsCourseManageResource:
        from .manage import AsyncCatalogMilestonesCompletionsCourseManageResource

        return AsyncCatalogMilestonesCompletionsCourseManageResource(self._client)


class AsyncCatalogMilestonesCompletionsCourseResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def catalog(self) -> AsyncCatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse:
        from .catalog import AsyncCatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse(
            self._resource.catalog
        )

    @cached_property
    def manage(self) -> AsyncCatalogMilestonesCompletionsCourseManageResourceWithRawResponse:
        from .manage import AsyncCatalogMilestonesCompletionsCourseManageResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsCourseManageResourceWithRawResponse(
            self._resource.manage
        )
