"""`Client.catalog.invitations.course.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_course_bulk_create as _catalog_invitations_course_bulk_create,
)
from ......models.bulk_course_invitation_create import BulkCourseInvitationCreate
from ......models.bulk_course_invitation_response import BulkCourseInvitationResponse
from ......models.course_invitation_create import CourseInvitationCreate
from ......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        body: BulkCourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse: ...

    @overload
    def create(
        self,
        *,
        invitation_data: list[CourseInvitationCreate],
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse: ...

    def create(
        self,
        *,
        body: BulkCourseInvitationCreate | Unset = UNSET,
        invitation_data: list[CourseInvitationCreate] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse:
        """Create multiple course invitations

        Args:
            body (BulkCourseInvitationCreate, request body): Request serializer for
                BulkCourseInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: invitation_data, platform_key

        Returns:
            BulkCourseInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.course.bulk.create",
            body,
            BulkCourseInvitationCreate,
            ["invitation_data"],
            (
                ("invitation_data", "invitation_data", invitation_data),
                ("platform_key", "platform_key", platform_key),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        body: BulkCourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse: ...

    @overload
    async def create(
        self,
        *,
        invitation_data: list[CourseInvitationCreate],
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse: ...

    async def create(
        self,
        *,
        body: BulkCourseInvitationCreate | Unset = UNSET,
        invitation_data: list[CourseInvitationCreate] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkCourseInvitationResponse:
        """Create multiple course invitations

        Args:
            body (BulkCourseInvitationCreate, request body): Request serializer for
                BulkCourseInvitationView POST endpoint
            Or the body's fields as keywords instead of body=: invitation_data, platform_key

        Returns:
            BulkCourseInvitationResponse
        """
        body = body_from_fields(
            "catalog.invitations.course.bulk.create",
            body,
            BulkCourseInvitationCreate,
            ["invitation_data"],
            (
                ("invitation_data", "invitation_data", invitation_data),
                ("platform_key", "platform_key", platform_key),
            ),
        )
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
