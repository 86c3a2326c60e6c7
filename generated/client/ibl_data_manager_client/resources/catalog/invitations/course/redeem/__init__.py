"""`Client.catalog.invitations.course.redeem`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_course_redeem_create as _catalog_invitations_course_redeem_create,
)
from ......models.course_invitation_detail import CourseInvitationDetail
from ......models.course_invitation_redemption import CourseInvitationRedemption
from ......models.course_invitation_redemption_metadata import CourseInvitationRedemptionMetadata
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogInvitationsCourseRedeemResource",
    "CatalogInvitationsCourseRedeemResourceWithRawResponse",
    "AsyncCatalogInvitationsCourseRedeemResource",
    "AsyncCatalogInvitationsCourseRedeemResourceWithRawResponse",
]


class CatalogInvitationsCourseRedeemResource:
    """`Client.catalog.invitations.course.redeem`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsCourseRedeemResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsCourseRedeemResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: CourseInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail: ...

    @overload
    def create(
        self,
        *,
        course_id: str,
        source: str,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: CourseInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail: ...

    def create(
        self,
        *,
        body: CourseInvitationRedemption | Unset = UNSET,
        course_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: CourseInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail:
        """Redeem a blank course invitation

        Args:
            body (CourseInvitationRedemption, request body): Request serializer for
                CourseInvitationRedemptionView POST endpoint
            Or the body's fields as keywords instead of body=: course_id, source, email,
                username, metadata

        Returns:
            CourseInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.course.redeem.create",
            body,
            CourseInvitationRedemption,
            ["course_id", "source"],
            (
                ("course_id", "course_id", course_id),
                ("source", "source", source),
                ("email", "email", email),
                ("username", "username", username),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_invitations_course_redeem_create.OPERATION,
            _catalog_invitations_course_redeem_create.build_request(body=body),
            options,
        )


class CatalogInvitationsCourseRedeemResourceWithRawResponse:
    """`Client.catalog.invitations.course.redeem`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsCourseRedeemResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogInvitationsCourseRedeemResource:
    """`AsyncClient.catalog.invitations.course.redeem`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsCourseRedeemResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsCourseRedeemResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: CourseInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail: ...

    @overload
    async def create(
        self,
        *,
        course_id: str,
        source: str,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: CourseInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail: ...

    async def create(
        self,
        *,
        body: CourseInvitationRedemption | Unset = UNSET,
        course_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        email: str | Unset = UNSET,
        username: str | Unset = UNSET,
        metadata: CourseInvitationRedemptionMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail:
        """Redeem a blank course invitation

        Args:
            body (CourseInvitationRedemption, request body): Request serializer for
                CourseInvitationRedemptionView POST endpoint
            Or the body's fields as keywords instead of body=: course_id, source, email,
                username, metadata

        Returns:
            CourseInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.course.redeem.create",
            body,
            CourseInvitationRedemption,
            ["course_id", "source"],
            (
                ("course_id", "course_id", course_id),
                ("source", "source", source),
                ("email", "email", email),
                ("username", "username", username),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_invitations_course_redeem_create.OPERATION,
            _catalog_invitations_course_redeem_create.build_request(body=body),
            options,
        )


class AsyncCatalogInvitationsCourseRedeemResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.course.redeem`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsCourseRedeemResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
