"""`Client.catalog.invitations.course.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_course_bulk_create as _catalog_invitations_course_bulk_create,
)
from ......models.bulk_course_invitation_create import BulkCourseInvitationCreate
from ......models.bulk_course_invitation_response import BulkCourseInvitationResponse

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsCourseBulkResource",
    "CatalogInvitationsCourseBulkResourceWithRawResponse",
    "AsyncCatalogInvitationsCourseBulkResource",
    "AsyncCatalogInvitationsCourseBulkResourceWithRawResponse",
]


class CatalogInvitationsCourseBulkResource:
    """`Client.catalog.invitations.course.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsCourseBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsCourseBulkResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: BulkCourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse:
        """Create multiple course invitations

        Args:
            body (BulkCourseInvitationCreate, request body): Request serializer for
                BulkCourseInvitationView POST endpoint

        Returns:
            BulkCourseInvitationResponse
        """
        return self._client._send(
            _catalog_invitations_course_bulk_create.OPERATION,
            _catalog_invitations_course_bulk_create.build_request(body=body),
            options,
        )


class CatalogInvitationsCourseBulkResourceWithRawResponse:
    """`Client.catalog.invitations.course.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsCourseBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsCourseBulkResource:
    """`AsyncClient.catalog.invitations.course.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsCourseBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsCourseBulkResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: BulkCourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse:
        """Create multiple course invitations

        Args:
            body (BulkCourseInvitationCreate, request body): Request serializer for
                BulkCourseInvitationView POST endpoint

        Returns:
            BulkCourseInvitationResponse
        """
        return await self._client._send(
            _catalog_invitations_course_bulk_create.OPERATION,
            _catalog_invitations_course_bulk_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsCourseBulkResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.course.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsCourseBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
