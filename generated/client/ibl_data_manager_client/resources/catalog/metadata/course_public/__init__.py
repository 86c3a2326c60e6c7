"""`Client.catalog.metadata.course_public`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_metadata_course_public_retrieve as _catalog_metadata_course_public_retrieve,
)
from .....api.catalog import (
    catalog_metadata_course_public_retrieve_2 as _catalog_metadata_course_public_retrieve_2,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogMetadataCoursePublicResource",
    "CatalogMetadataCoursePublicResourceWithRawResponse",
    "AsyncCatalogMetadataCoursePublicResource",
    "AsyncCatalogMetadataCoursePublicResourceWithRawResponse",
]


class CatalogMetadataCoursePublicResource:
    """`Client.catalog.metadata.course_public`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMetadataCoursePublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMetadataCoursePublicResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve public metadata for a course.

        Args:
            course_id (str, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_metadata_course_public_retrieve.OPERATION,
            _catalog_metadata_course_public_retrieve.build_request(course_id=course_id),
            options,
        )

    def retrieve_2(
        self,
        *,
        field: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve public metadata for a course.

        Args:
            field (str, path)
            course_id (str, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_metadata_course_public_retrieve_2.OPERATION,
            _catalog_metadata_course_public_retrieve_2.build_request(
                field=field, course_id=course_id
            ),
            options,
        )


class CatalogMetadataCoursePublicResourceWithRawResponse:
    """`Client.catalog.metadata.course_public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMetadataCoursePublicResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncCatalogMetadataCoursePublicResource:
    """`AsyncClient.catalog.metadata.course_public`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMetadataCoursePublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMetadataCoursePublicResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve public metadata for a course.

        Args:
            course_id (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_metadata_course_public_retrieve.OPERATION,
            _catalog_metadata_course_public_retrieve.build_request(course_id=course_id),
            options,
        )

    async def retrieve_2(
        self,
        *,
        field: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve public metadata for a course.

        Args:
            field (str, path)
            course_id (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_metadata_course_public_retrieve_2.OPERATION,
            _catalog_metadata_course_public_retrieve_2.build_request(
                field=field, course_id=course_id
            ),
            options,
        )


class AsyncCatalogMetadataCoursePublicResourceWithRawResponse:
    """`AsyncClient.catalog.metadata.course_public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMetadataCoursePublicResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
