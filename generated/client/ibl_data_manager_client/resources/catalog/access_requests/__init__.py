"""`Client.catalog.access_requests`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .course import (
        AsyncCatalogAccessRequestsCourseResource,
        AsyncCatalogAccessRequestsCourseResourceWithRawResponse,
        CatalogAccessRequestsCourseResource,
        CatalogAccessRequestsCourseResourceWithRawResponse,
    )

__all__ = [
    "CatalogAccessRequestsResource",
    "CatalogAccessRequestsResourceWithRawResponse",
    "AsyncCatalogAccessRequestsResource",
    "AsyncCatalogAccessRequestsResourceWithRawResponse",
]


class CatalogAccessRequestsResource:
    """`Client.catalog.access_requests`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogAccessRequestsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogAccessRequestsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> CatalogAccessRequestsCourseResource:
        from .course import CatalogAccessRequestsCourseResource

        return CatalogAccessRequestsCourseResource(self._client)


class CatalogAccessRequestsResourceWithRawResponse:
    """`Client.catalog.access_requests`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogAccessRequestsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> CatalogAccessRequestsCourseResourceWithRawResponse:
        from .course import CatalogAccessRequestsCourseResourceWithRawResponse

        return CatalogAccessRequestsCourseResourceWithRawResponse(self._resource.course)


class AsyncCatalogAccessRequestsResource:
    """`AsyncClient.catalog.access_requests`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogAccessRequestsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogAccessRequestsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncCatalogAccessRequestsCourseResource:
        from .course import AsyncCatalogAccessRequestsCourseResource

        return AsyncCatalogAccessRequestsCourseResource(self._client)


class AsyncCatalogAccessRequestsResourceWithRawResponse:
    """`AsyncClient.catalog.access_requests`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogAccessRequestsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncCatalogAccessRequestsCourseResourceWithRawResponse:
        from .course import AsyncCatalogAccessRequestsCourseResourceWithRawResponse

        return AsyncCatalogAccessRequestsCourseResourceWithRawResponse(self._resource.course)
