"""`Client.catalog.metadata.course`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_metadata_course_create as _catalog_metadata_course_create
from .....api.catalog import catalog_metadata_course_create_2 as _catalog_metadata_course_create_2
from .....api.catalog import catalog_metadata_course_retrieve as _catalog_metadata_course_retrieve
from .....api.catalog import (
    catalog_metadata_course_retrieve_2 as _catalog_metadata_course_retrieve_2,
)
from .....models.course_metadata_update_request import CourseMetadataUpdateRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogMetadataCourseResource",
    "CatalogMetadataCourseResourceWithRawResponse",
    "AsyncCatalogMetadataCourseResource",
    "AsyncCatalogMetadataCourseResourceWithRawResponse",
]


class CatalogMetadataCourseResource:
    """`Client.catalog.metadata.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMetadataCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMetadataCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve metadata for a course.

        Args:
            course_id (str, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_metadata_course_retrieve.OPERATION,
            _catalog_metadata_course_retrieve.build_request(course_id=course_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        course_id: str,
        body: CourseMetadataUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        course_id: str,
        body_course_id: str,
        metadata: Any,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        course_id: str,
        body: CourseMetadataUpdateRequest | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update metadata for a course.

        Args:
            course_id (str, query)
            body (CourseMetadataUpdateRequest, request body): Serializer for course metadata
                update request body.
            Or the body's fields as keywords instead of body=: body_course_id, metadata, update

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.metadata.course.create",
            body,
            CourseMetadataUpdateRequest,
            ["body_course_id", "metadata"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("metadata", "metadata", metadata),
                ("update", "update", update),
            ),
        )
        return self._client._send(
            _catalog_metadata_course_create.OPERATION,
            _catalog_metadata_course_create.build_request(course_id=course_id, body=body),
            options,
        )

    def retrieve_2(
        self,
        *,
        field: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve metadata for a course.

        Args:
            field (str, path)
            course_id (str, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_metadata_course_retrieve_2.OPERATION,
            _catalog_metadata_course_retrieve_2.build_request(field=field, course_id=course_id),
            options,
        )

    @overload
    def create_2(
        self,
        *,
        field: str,
        course_id: str,
        body: CourseMetadataUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create_2(
        self,
        *,
        field: str,
        course_id: str,
        body_course_id: str,
        metadata: Any,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create_2(
        self,
        *,
        field: str,
        course_id: str,
        body: CourseMetadataUpdateRequest | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update metadata for a course.

        Args:
            field (str, path)
            course_id (str, query)
            body (CourseMetadataUpdateRequest, request body): Serializer for course metadata
                update request body.
            Or the body's fields as keywords instead of body=: body_course_id, metadata, update

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.metadata.course.create_2",
            body,
            CourseMetadataUpdateRequest,
            ["body_course_id", "metadata"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("metadata", "metadata", metadata),
                ("update", "update", update),
            ),
        )
        return self._client._send(
            _catalog_metadata_course_create_2.OPERATION,
            _catalog_metadata_course_create_2.build_request(
                field=field, course_id=course_id, body=body
            ),
            options,
        )


class CatalogMetadataCourseResourceWithRawResponse:
    """`Client.catalog.metadata.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMetadataCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCatalogMetadataCourseResource:
    """`AsyncClient.catalog.metadata.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMetadataCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMetadataCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve metadata for a course.

        Args:
            course_id (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_metadata_course_retrieve.OPERATION,
            _catalog_metadata_course_retrieve.build_request(course_id=course_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        course_id: str,
        body: CourseMetadataUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        course_id: str,
        body_course_id: str,
        metadata: Any,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        course_id: str,
        body: CourseMetadataUpdateRequest | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update metadata for a course.

        Args:
            course_id (str, query)
            body (CourseMetadataUpdateRequest, request body): Serializer for course metadata
                update request body.
            Or the body's fields as keywords instead of body=: body_course_id, metadata, update

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.metadata.course.create",
            body,
            CourseMetadataUpdateRequest,
            ["body_course_id", "metadata"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("metadata", "metadata", metadata),
                ("update", "update", update),
            ),
        )
        return await self._client._send(
            _catalog_metadata_course_create.OPERATION,
            _catalog_metadata_course_create.build_request(course_id=course_id, body=body),
            options,
        )

    async def retrieve_2(
        self,
        *,
        field: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Retrieve metadata for a course.

        Args:
            field (str, path)
            course_id (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_metadata_course_retrieve_2.OPERATION,
            _catalog_metadata_course_retrieve_2.build_request(field=field, course_id=course_id),
            options,
        )

    @overload
    async def create_2(
        self,
        *,
        field: str,
        course_id: str,
        body: CourseMetadataUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create_2(
        self,
        *,
        field: str,
        course_id: str,
        body_course_id: str,
        metadata: Any,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create_2(
        self,
        *,
        field: str,
        course_id: str,
        body: CourseMetadataUpdateRequest | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        update: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update metadata for a course.

        Args:
            field (str, path)
            course_id (str, query)
            body (CourseMetadataUpdateRequest, request body): Serializer for course metadata
                update request body.
            Or the body's fields as keywords instead of body=: body_course_id, metadata, update

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.metadata.course.create_2",
            body,
            CourseMetadataUpdateRequest,
            ["body_course_id", "metadata"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("metadata", "metadata", metadata),
                ("update", "update", update),
            ),
        )
        return await self._client._send(
            _catalog_metadata_course_create_2.OPERATION,
            _catalog_metadata_course_create_2.build_request(
                field=field, course_id=course_id, body=body
            ),
            options,
        )


class AsyncCatalogMetadataCourseResourceWithRawResponse:
    """`AsyncClient.catalog.metadata.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMetadataCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
