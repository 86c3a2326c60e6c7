"""`Client.catalog.metadata.course_search`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_metadata_course_search_create as _catalog_metadata_course_search_create,
)
from .....models.catalog_metadata_course_search_create_response_200 import (
    CatalogMetadataCourseSearchCreateResponse200,
)
from .....models.course_metadata_search_request import CourseMetadataSearchRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogMetadataCourseSearchResource",
    "CatalogMetadataCourseSearchResourceWithRawResponse",
    "AsyncCatalogMetadataCourseSearchResource",
    "AsyncCatalogMetadataCourseSearchResourceWithRawResponse",
]


class CatalogMetadataCourseSearchResource:
    """`Client.catalog.metadata.course_search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMetadataCourseSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMetadataCourseSearchResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: CourseMetadataSearchRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMetadataCourseSearchCreateResponse200: ...

    @overload
    def create(
        self,
        *,
        data_contains: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMetadataCourseSearchCreateResponse200: ...

    def create(
        self,
        *,
        body: CourseMetadataSearchRequest | Unset = UNSET,
        data_contains: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMetadataCourseSearchCreateResponse200:
        """Search for courses matching specified metadata filters.

        Args:
            body (CourseMetadataSearchRequest | Unset, request body): Serializer for course
                metadata search request body.
            Or the body's fields as keywords instead of body=: data_contains, slug, course_id

        Returns:
            CatalogMetadataCourseSearchCreateResponse200
        """
        body = optional_body_from_fields(
            "catalog.metadata.course_search.create",
            body,
            CourseMetadataSearchRequest,
            [],
            (
                ("data_contains", "data_contains", data_contains),
                ("slug", "slug", slug),
                ("course_id", "course_id", course_id),
            ),
        )
        return self._client._send(
            _catalog_metadata_course_search_create.OPERATION,
            _catalog_metadata_course_search_create.build_request(body=body),
            options,
        )


class CatalogMetadataCourseSearchResourceWithRawResponse:
    """`Client.catalog.metadata.course_search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMetadataCourseSearchResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogMetadataCourseSearchResource:
    """`AsyncClient.catalog.metadata.course_search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMetadataCourseSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMetadataCourseSearchResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: CourseMetadataSearchRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMetadataCourseSearchCreateResponse200: ...

    @overload
    async def create(
        self,
        *,
        data_contains: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMetadataCourseSearchCreateResponse200: ...

    async def create(
        self,
        *,
        body: CourseMetadataSearchRequest | Unset = UNSET,
        data_contains: Any | Unset = UNSET,
        slug: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMetadataCourseSearchCreateResponse200:
        """Search for courses matching specified metadata filters.

        Args:
            body (CourseMetadataSearchRequest | Unset, request body): Serializer for course
                metadata search request body.
            Or the body's fields as keywords instead of body=: data_contains, slug, course_id

        Returns:
            CatalogMetadataCourseSearchCreateResponse200
        """
        body = optional_body_from_fields(
            "catalog.metadata.course_search.create",
            body,
            CourseMetadataSearchRequest,
            [],
            (
                ("data_contains", "data_contains", data_contains),
                ("slug", "slug", slug),
                ("course_id", "course_id", course_id),
            ),
        )
        return await self._client._send(
            _catalog_metadata_course_search_create.OPERATION,
            _catalog_metadata_course_search_create.build_request(body=body),
            options,
        )


class AsyncCatalogMetadataCourseSearchResourceWithRawResponse:
    """`AsyncClient.catalog.metadata.course_search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMetadataCourseSearchResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
