"""`Client.catalog.invitations.course.blank`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_course_blank_create as _catalog_invitations_course_blank_create,
)
from ......models.blank_course_invitation_create import BlankCourseInvitationCreate
from ......models.bulk_course_invitation_response import BulkCourseInvitationResponse

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

    def create(
        self,
        *,
        body: BlankCourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse:
        """Create multiple blank course invitations

        Args:
            body (BlankCourseInvitationCreate, request body): Request serializer for
                BlankCourseInvitationView POST endpoint

        Returns:
            BulkCourseInvitationResponse
        """
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

    async def create(
        self,
        *,
        body: BlankCourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse:
        """Create multiple blank course invitations

        Args:
            body (BlankCourseInvitationCreate, request body): Request serializer for
                BlankCourseInvitationView POST endpoint

        Returns:
            BulkCourseInvitationResponse
        """
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
