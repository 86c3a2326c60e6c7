"""`Client.catalog.invitations.course.redeem`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_invitations_course_redeem_create as _catalog_invitations_course_redeem_create,
)
from ......models.course_invitation_detail import CourseInvitationDetail
from ......models.course_invitation_redemption import CourseInvitationRedemption

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

    def create(
        self,
        *,
        body: CourseInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail:
        """Redeem a blank course invitation

        Args:
            body (CourseInvitationRedemption, request body): Request serializer for
                CourseInvitationRedemptionView POST endpoint

        Returns:
            CourseInvitationDetail
        """
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

    async def create(
        self,
        *,
        body: CourseInvitationRedemption,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail:
        """Redeem a blank course invitation

        Args:
            body (CourseInvitationRedemption, request body): Request serializer for
                CourseInvitationRedemptionView POST endpoint

        Returns:
            CourseInvitationDetail
        """
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
