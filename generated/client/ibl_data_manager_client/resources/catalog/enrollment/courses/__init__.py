"""`Client.catalog.enrollment.courses`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .search import (
        AsyncCatalogEnrollmentCoursesSearchResource,
        AsyncCatalogEnrollmentCoursesSearchResourceWithRawResponse,
        CatalogEnrollmentCoursesSearchResource,
        CatalogEnrollmentCoursesSearchResourceWithRawResponse,
    )

__all__ = [
    "CatalogEnrollmentCoursesResource",
    "CatalogEnrollmentCoursesResourceWithRawResponse",
    "AsyncCatalogEnrollmentCoursesResource",
    "AsyncCatalogEnrollmentCoursesResourceWithRawResponse",
]


class CatalogEnrollmentCoursesResource:
    """`Client.catalog.enrollment.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentCoursesResourceWithRawResponse(self)

    @cached_property
    def search(self) -> CatalogEnrollmentCoursesSearchResource:
        from .search import CatalogEnrollmentCoursesSearchResource

        return CatalogEnrollmentCoursesSearchResource(self._client)


class CatalogEnrollmentCoursesResourceWithRawResponse:
    """`Client.catalog.enrollment.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def search(self) -> CatalogEnrollmentCoursesSearchResourceWithRawResponse:
        from .search import CatalogEnrollmentCoursesSearchResourceWithRawResponse

        return CatalogEnrollmentCoursesSearchResourceWithRawResponse(self._resource.search)


class AsyncCatalogEnrollmentCoursesResource:
    """`AsyncClient.catalog.enrollment.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentCoursesResourceWithRawResponse(self)

    @cached_property
    def search(self) -> AsyncCatalogEnrollmentCoursesSearchResource:
        from .search import AsyncCatalogEnrollmentCoursesSearchResource

        return AsyncCatalogEnrollmentCoursesSearchResource(self._client)


class AsyncCatalogEnrollmentCoursesResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def search(self) -> AsyncCatalogEnrollmentCoursesSearchResourceWithRawResponse:
        from .search import AsyncCatalogEnrollmentCoursesSearchResourceWithRawResponse

        return AsyncCatalogEnrollmentCoursesSearchResourceWithRawResponse(self._resource.search)
