"""`Client.catalog.metadata`: 6 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .choices import (
        AsyncCatalogMetadataChoicesResource,
        AsyncCatalogMetadataChoicesResourceWithRawResponse,
        CatalogMetadataChoicesResource,
        CatalogMetadataChoicesResourceWithRawResponse,
    )
    from .course import (
        AsyncCatalogMetadataCourseResource,
        AsyncCatalogMetadataCourseResourceWithRawResponse,
        CatalogMetadataCourseResource,
        CatalogMetadataCourseResourceWithRawResponse,
    )
    from .course_public import (
        AsyncCatalogMetadataCoursePublicResource,
        AsyncCatalogMetadataCoursePublicResourceWithRawResponse,
        CatalogMetadataCoursePublicResource,
        CatalogMetadataCoursePublicResourceWithRawResponse,
    )
    from .course_search import (
        AsyncCatalogMetadataCourseSearchResource,
        AsyncCatalogMetadataCourseSearchResourceWithRawResponse,
        CatalogMetadataCourseSearchResource,
        CatalogMetadataCourseSearchResourceWithRawResponse,
    )
    from .program import (
        AsyncCatalogMetadataProgramResource,
        AsyncCatalogMetadataProgramResourceWithRawResponse,
        CatalogMetadataProgramResource,
        CatalogMetadataProgramResourceWithRawResponse,
    )
    from .program_public import (
        AsyncCatalogMetadataProgramPublicResource,
        AsyncCatalogMetadataProgramPublicResourceWithRawResponse,
        CatalogMetadataProgramPublicResource,
        CatalogMetadataProgramPublicResourceWithRawResponse,
    )

__all__ = [
    "CatalogMetadataResource",
    "CatalogMetadataResourceWithRawResponse",
    "AsyncCatalogMetadataResource",
    "AsyncCatalogMetadataResourceWithRawResponse",
]


class CatalogMetadataResource:
    """`Client.catalog.metadata`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMetadataResourceWithRawResponse(self)

    @cached_property
    def choices(self) -> CatalogMetadataChoicesResource:
        from .choices import CatalogMetadataChoicesResource

        return CatalogMetadataChoicesResource(self._client)

    @cached_property
    def course(self) -> CatalogMetadataCourseResource:
        from .course import CatalogMetadataCourseResource

        return CatalogMetadataCourseResource(self._client)

    @cached_property
    def course_public(self) -> CatalogMetadataCoursePublicResource:
        from .course_public import CatalogMetadataCoursePublicResource

        return CatalogMetadataCoursePublicResource(self._client)

    @cached_property
    def course_search(self) -> CatalogMetadataCourseSearchResource:
        from .course_search import CatalogMetadataCourseSearchResource

        return CatalogMetadataCourseSearchResource(self._client)

    @cached_property
    def program(self) -> CatalogMetadataProgramResource:
        from .program import CatalogMetadataProgramResource

        return CatalogMetadataProgramResource(self._client)

    @cached_property
    def program_public(self) -> CatalogMetadataProgramPublicResource:
        from .program_public import CatalogMetadataProgramPublicResource

        return CatalogMetadataProgramPublicResource(self._client)


class CatalogMetadataResourceWithRawResponse:
    """`Client.catalog.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMetadataResource) -> None:
        self._resource = resource

    @cached_property
    def choices(self) -> CatalogMetadataChoicesResourceWithRawResponse:
        from .choices import CatalogMetadataChoicesResourceWithRawResponse

        return CatalogMetadataChoicesResourceWithRawResponse(self._resource.choices)

    @cached_property
    def course(self) -> CatalogMetadataCourseResourceWithRawResponse:
        from .course import CatalogMetadataCourseResourceWithRawResponse

        return CatalogMetadataCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def course_public(self) -> CatalogMetadataCoursePublicResourceWithRawResponse:
        from .course_public import CatalogMetadataCoursePublicResourceWithRawResponse

        return CatalogMetadataCoursePublicResourceWithRawResponse(self._resource.course_public)

    @cached_property
    def course_search(self) -> CatalogMetadataCourseSearchResourceWithRawResponse:
        from .course_search import CatalogMetadataCourseSearchResourceWithRawResponse

        return CatalogMetadataCourseSearchResourceWithRawResponse(self._resource.course_search)

    @cached_property
    def program(self) -> CatalogMetadataProgramResourceWithRawResponse:
        from .program import CatalogMetadataProgramResourceWithRawResponse

        return CatalogMetadataProgramResourceWithRawResponse(self._resource.program)

    @cached_property
    def program_public(self) -> CatalogMetadataProgramPublicResourceWithRawResponse:
        from .program_public import CatalogMetadataProgramPublicResourceWithRawResponse

        return CatalogMetadataProgramPublicResourceWithRawResponse(self._resource.program_public)


class AsyncCatalogMetadataResource:
    """`AsyncClient.catalog.metadata`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMetadataResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMetadataResourceWithRawResponse(self)

    @cached_property
    def choices(self) -> AsyncCatalogMetadataChoicesResource:
        from .choices import AsyncCatalogMetadataChoicesResource

        return AsyncCatalogMetadataChoicesResource(self._client)

    @cached_property
    def course(self) -> AsyncCatalogMetadataCourseResource:
        from .course import AsyncCatalogMetadataCourseResource

        return AsyncCatalogMetadataCourseResource(self._client)

    @cached_property
    def course_public(self) -> AsyncCatalogMetadataCoursePublicResource:
        from .course_public import AsyncCatalogMetadataCoursePublicResource

        return AsyncCatalogMetadataCoursePublicResource(self._client)

    @cached_property
    def course_search(self) -> AsyncCatalogMetadataCourseSearchResource:
        from .course_search import AsyncCatalogMetadataCourseSearchResource

        return AsyncCatalogMetadataCourseSearchResource(self._client)

    @cached_property
    def program(self) -> AsyncCatalogMetadataProgramResource:
        from .program import AsyncCatalogMetadataProgramResource

        return AsyncCatalogMetadataProgramResource(self._client)

    @cached_property
    def program_public(self) -> AsyncCatalogMetadataProgramPublicResource:
        from .program_public import AsyncCatalogMetadataProgramPublicResource

        return AsyncCatalogMetadataProgramPublicResource(self._client)


class AsyncCatalogMetadataResourceWithRawResponse:
    """`AsyncClient.catalog.metadata`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMetadataResource) -> None:
        self._resource = resource

    @cached_property
    def choices(self) -> AsyncCatalogMetadataChoicesResourceWithRawResponse:
        from .choices import AsyncCatalogMetadataChoicesResourceWithRawResponse

        return AsyncCatalogMetadataChoicesResourceWithRawResponse(self._resource.choices)

    @cached_property
    def course(self) -> AsyncCatalogMetadataCourseResourceWithRawResponse:
        from .course import AsyncCatalogMetadataCourseResourceWithRawResponse

        return AsyncCatalogMetadataCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def course_public(self) -> AsyncCatalogMetadataCoursePublicResourceWithRawResponse:
        from .course_public import AsyncCatalogMetadataCoursePublicResourceWithRawResponse

        return AsyncCatalogMetadataCoursePublicResourceWithRawResponse(self._resource.course_public)

    @cached_property
    def course_search(self) -> AsyncCatalogMetadataCourseSearchResourceWithRawResponse:
        from .course_search import AsyncCatalogMetadataCourseSearchResourceWithRawResponse

        return AsyncCatalogMetadataCourseSearchResourceWithRawResponse(self._resource.course_search)

    @cached_property
    def program(self) -> AsyncCatalogMetadataProgramResourceWithRawResponse:
        from .program import AsyncCatalogMetadataProgramResourceWithRawResponse

        return AsyncCatalogMetadataProgramResourceWithRawResponse(self._resource.program)

    @cached_property
    def program_public(self) -> AsyncCatalogMetadataProgramPublicResourceWithRawResponse:
        from .program_public import AsyncCatalogMetadataProgramPublicResourceWithRawResponse

        return AsyncCatalogMetadataProgramPublicResourceWithRawResponse(
            self._resource.program_public
        )
