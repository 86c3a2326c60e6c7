"""`Client.catalog.reviews`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .course import (
        AsyncCatalogReviewsCourseResource,
        AsyncCatalogReviewsCourseResourceWithRawResponse,
        CatalogReviewsCourseResource,
        CatalogReviewsCourseResourceWithRawResponse,
    )
    from .program import (
        AsyncCatalogReviewsProgramResource,
        AsyncCatalogReviewsProgramResourceWithRawResponse,
        CatalogReviewsProgramResource,
        CatalogReviewsProgramResourceWithRawResponse,
    )

__all__ = [
    "CatalogReviewsResource",
    "CatalogReviewsResourceWithRawResponse",
    "AsyncCatalogReviewsResource",
    "AsyncCatalogReviewsResourceWithRawResponse",
]


class CatalogReviewsResource:
    """`Client.catalog.reviews`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogReviewsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogReviewsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> CatalogReviewsCourseResource:
        from .course import CatalogReviewsCourseResource

        return CatalogReviewsCourseResource(self._client)

    @cached_property
    def program(self) -> CatalogReviewsProgramResource:
        from .program import CatalogReviewsProgramResource

        return CatalogReviewsProgramResource(self._client)


class CatalogReviewsResourceWithRawResponse:
    """`Client.catalog.reviews`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogReviewsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> CatalogReviewsCourseResourceWithRawResponse:
        from .course import CatalogReviewsCourseResourceWithRawResponse

        return CatalogReviewsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def program(self) -> CatalogReviewsProgramResourceWithRawResponse:
        from .program import CatalogReviewsProgramResourceWithRawResponse

        return CatalogReviewsProgramResourceWithRawResponse(self._resource.program)


class AsyncCatalogReviewsResource:
    """`AsyncClient.catalog.reviews`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogReviewsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogReviewsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncCatalogReviewsCourseResource:
        from .course import AsyncCatalogReviewsCourseResource

        return AsyncCatalogReviewsCourseResource(self._client)

    @cached_property
    def program(self) -> AsyncCatalogReviewsProgramResource:
        from .program import AsyncCatalogReviewsProgramResource

        return AsyncCatalogReviewsProgramResource(self._client)


class AsyncCatalogReviewsResourceWithRawResponse:
    """`AsyncClient.catalog.reviews`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogReviewsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncCatalogReviewsCourseResourceWithRawResponse:
        from .course import AsyncCatalogReviewsCourseResourceWithRawResponse

        return AsyncCatalogReviewsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def program(self) -> AsyncCatalogReviewsProgramResourceWithRawResponse:
        from .program import AsyncCatalogReviewsProgramResourceWithRawResponse

        return AsyncCatalogReviewsProgramResourceWithRawResponse(self._resource.program)
