"""`Client.catalog.invitations.course.blank`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_course_blank_create as _catalog_invitations_course_blank_create,
)
from ......models.blank_course_invitation_create import BlankCourseInvitationCreate
from ......models.blank_course_invitation_create_metadata import BlankCourseInvitationCreateMetadata
from ......models.bulk_course_invitation_response import BulkCourseInvitationResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsCourseBlankResource",
    "CatalogInvitationsCourseBlankResourceWithRawResponse",
    "AsyncCatalogInvitationsCourseBlankResource",
    "AsyncCatalogInvitationsCourseBlankResourceWithRawResponse",
]


class CatalogInvitationsCourseBlankResource:
    """`Client.catalog.invitations.course.blank`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsCourseBlankResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsCourseBlankResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: BlankCourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse: ...

    @overload
    def create(
        self,
        *,
        course_id: str,
        source: str,
        count: int,
        metadata: BlankCourseInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse: ...

    def create(
        self,
        *,
        body: BlankCourseInvitationCreate | Unset = UNSET,
        course_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        count: int | Unset = UNSET,
        metadata: BlankCourseInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse:
        """Create multiple blank course invitations

        Args:
            body (BlankCourseInvitationCreate, request body): Request serializer for
                BlankCourseInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: course_id, source, count,
                metadata

        Returns:
            BulkCourseInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.course.blank.create",
            body,
            BlankCourseInvitationCreate,
            ["course_id", "source", "count"],
            (
                ("course_id", "course_id", course_id),
                ("source", "source", source),
                ("count", "count", count),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_invitations_course_blank_create.OPERATION,
            _catalog_invitations_course_blank_create.build_request(body=body),
            options,
        )


class CatalogInvitationsCourseBlankResourceWithRawResponse:
    """`Client.catalog.invitations.course.blank`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsCourseBlankResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsCourseBlankResource:
    """`AsyncClient.catalog.invitations.course.blank`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsCourseBlankResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsCourseBlankResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: BlankCourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse: ...

    @overload
    async def create(
        self,
        *,
        course_id: str,
        source: str,
        count: int,
        metadata: BlankCourseInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse: ...

    async def create(
        self,
        *,
        body: BlankCourseInvitationCreate | Unset = UNSET,
        course_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        count: int | Unset = UNSET,
        metadata: BlankCourseInvitationCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse:
        """Create multiple blank course invitations

        Args:
            body (BlankCourseInvitationCreate, request body): Request serializer for
                BlankCourseInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: course_id, source, count,
                metadata

        Returns:
            BulkCourseInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.course.blank.create",
            body,
            BlankCourseInvitationCreate,
            ["course_id", "source", "count"],
            (
                ("course_id", "course_id", course_id),
                ("source", "source", source),
                ("count", "count", count),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_invitations_course_blank_create.OPERATION,
            _catalog_invitations_course_blank_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsCourseBlankResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.course.blank`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsCourseBlankResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
