"""`Client.catalog.conditionals.course.prerequisites`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .manage import (
        AsyncCatalogConditionalsCoursePrerequisitesManageResource,
        AsyncCatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse,
        CatalogConditionalsCoursePrerequisitesManageResource,
        CatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse,
    )

__all__ = [
    "CatalogConditionalsCoursePrerequisitesResource",
    "CatalogConditionalsCoursePrerequisitesResourceWithRawResponse",
    "AsyncCatalogConditionalsCoursePrerequisitesResource",
    "AsyncCatalogConditionalsCoursePrerequisitesResourceWithRawResponse",
]


class CatalogConditionalsCoursePrerequisitesResource:
    """`Client.catalog.conditionals.course.prerequisites`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogConditionalsCoursePrerequisitesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogConditionalsCoursePrerequisitesResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> CatalogConditionalsCoursePrerequisitesManageResource:
        from .manage import CatalogConditionalsCoursePrerequisitesManageResource

        return CatalogConditionalsCoursePrerequisitesManageResource(self._client)


class CatalogConditionalsCoursePrerequisitesResourceWithRawResponse:
    """`Client.catalog.conditionals.course.prerequisites`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogConditionalsCoursePrerequisitesResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> CatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse:
        from .manage import CatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse

        return CatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse(
            self._resource.manage
        )


class AsyncCatalogConditionalsCoursePrerequisitesResource:
    """`AsyncClient.catalog.conditionals.course.prerequisites`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogConditionalsCoursePrerequisitesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogConditionalsCoursePrerequisitesResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> AsyncCatalogConditionalsCoursePrerequisitesManageResource:
        from .manage import AsyncCatalogConditionalsCoursePrerequisitesManageResource

        return AsyncCatalogConditionalsCoursePrerequisitesManageResource(self._client)


class AsyncCatalogConditionalsCoursePrerequisitesResourceWithRawResponse:
    """`AsyncClient.catalog.conditionals.course.prerequisites`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogConditionalsCoursePrerequisitesResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> AsyncCatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse:
        from .manage import AsyncCatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse

        return AsyncCatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse(
            self._resource.manage
        )
