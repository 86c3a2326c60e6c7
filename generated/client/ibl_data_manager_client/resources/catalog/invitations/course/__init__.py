"""`Client.catalog.invitations.course`: 3 operations and 3 sub-resources."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_invitations_course_create as _catalog_invitations_course_create
from .....api.catalog import (
    catalog_invitations_course_destroy as _catalog_invitations_course_destroy,
)
from .....api.catalog import (
    catalog_invitations_course_retrieve as _catalog_invitations_course_retrieve,
)
from .....models.course_invitation_create import CourseInvitationCreate
from .....models.course_invitation_create_enrollment_config import (
    CourseInvitationCreateEnrollmentConfig,
)
from .....models.course_invitation_create_metadata import CourseInvitationCreateMetadata
from .....models.course_invitation_detail import CourseInvitationDetail
from .....models.paginated_course_invitation import PaginatedCourseInvitation
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .blank import (
        AsyncCatalogInvitationsCourseBlankResource,
        AsyncCatalogInvitationsCourseBlankResourceWithRawResponse,
        CatalogInvitationsCourseBlankResource,
        CatalogInvitationsCourseBlankResourceWithRawResponse,
    )
    from .bulk import (
        AsyncCatalogInvitationsCourseBulkResource,
        AsyncCatalogInvitationsCourseBulkResourceWithRawResponse,
        CatalogInvitationsCourseBulkResource,
        CatalogInvitationsCourseBulkResourceWithRawResponse,
    )
    from .redeem import (
        AsyncCatalogInvitationsCourseRedeemResource,
        AsyncCatalogInvitationsCourseRedeemResourceWithRawResponse,
        CatalogInvitationsCourseRedeemResource,
        CatalogInvitationsCourseRedeemResourceWithRawResponse,
    )

__all__ = [
    "CatalogInvitationsCourseResource",
    "CatalogInvitationsCourseResourceWithRawResponse",
    "AsyncCatalogInvitationsCourseResource",
    "AsyncCatalogInvitationsCourseResourceWithRawResponse",
]


class CatalogInvitationsCourseResource:
    """`Client.catalog.invitations.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogInvitationsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogInvitationsCourseResourceWithRawResponse(self)

    @cached_property
    def blank(self) -> CatalogInvitationsCourseBlankResource:
        from .blank import CatalogInvitationsCourseBlankResource

        return CatalogInvitationsCourseBlankResource(self._client)

    @cached_property
    def bulk(self) -> CatalogInvitationsCourseBulkResource:
        from .bulk import CatalogInvitationsCourseBulkResource

        return CatalogInvitationsCourseBulkResource(self._client)

    @cached_property
    def redeem(self) -> CatalogInvitationsCourseRedeemResource:
        from .redeem import CatalogInvitationsCourseRedeemResource

        return CatalogInvitationsCourseRedeemResource(self._client)

    def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a course invitation: TBD

        Args:
            active (bool | Unset, query)
            course_id (str | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_invitations_course_destroy.OPERATION,
            _catalog_invitations_course_destroy.build_request(
                active=active,
                course_id=course_id,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseInvitation:
        """Retrieve a paginated list of course invitations

        Args:
            active (bool | Unset, query)
            course_id (str | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedCourseInvitation
        """
        return self._client._send(
            _catalog_invitations_course_retrieve.OPERATION,
            _catalog_invitations_course_retrieve.build_request(
                active=active,
                course_id=course_id,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: CourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail: ...

    @overload
    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body_course_id: str,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: CourseInvitationCreateMetadata | Unset = UNSET,
        enrollment_config: CourseInvitationCreateEnrollmentConfig | Unset = UNSET,
        course_access_start_date: datetime.datetime | None | Unset = UNSET,
        course_access_expiration_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail: ...

    def create(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: CourseInvitationCreate | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: CourseInvitationCreateMetadata | Unset = UNSET,
        enrollment_config: CourseInvitationCreateEnrollmentConfig | Unset = UNSET,
        course_access_start_date: datetime.datetime | None | Unset = UNSET,
        course_access_expiration_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail:
        """Create a new course invitation

        Args:
            active (bool | Unset, query)
            course_id (str | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)
            body (CourseInvitationCreate, request body): Request serializer for
                CourseInvitationView POST endpoint. Supports CSV date fields for
                enrollment_config: - course_access_start_date: Maps to
                enrollment_config['started'] - course_access_expiration_date: Maps to
                enrollment_config['expired']
            Or the body's fields as keywords instead of body=: body_course_id, body_email,
                body_username, body_active, body_source, redirect_to, created, expired,
                metadata, enrollment_config, course_access_start_date,
                course_access_expiration_date

        Returns:
            CourseInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.course.create",
            body,
            CourseInvitationCreate,
            ["body_course_id"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("body_email", "email", body_email),
                ("body_username", "username", body_username),
                ("body_active", "active", body_active),
                ("body_source", "source", body_source),
                ("redirect_to", "redirect_to", redirect_to),
                ("created", "created", created),
                ("expired", "expired", expired),
                ("metadata", "metadata", metadata),
                ("enrollment_config", "enrollment_config", enrollment_config),
                ("course_access_start_date", "course_access_start_date", course_access_start_date),
                (
                    "course_access_expiration_date",
                    "course_access_expiration_date",
                    course_access_expiration_date,
                ),
            ),
        )
        return self._client._send(
            _catalog_invitations_course_create.OPERATION,
            _catalog_invitations_course_create.build_request(
                active=active,
                course_id=course_id,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
                body=body,
            ),
            options,
        )


class CatalogInvitationsCourseResourceWithRawResponse:
    """`Client.catalog.invitations.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogInvitationsCourseResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def blank(self) -> CatalogInvitationsCourseBlankResourceWithRawResponse:
        from .blank import CatalogInvitationsCourseBlankResourceWithRawResponse

        return CatalogInvitationsCourseBlankResourceWithRawResponse(self._resource.blank)

    @cached_property
    def bulk(self) -> CatalogInvitationsCourseBulkResourceWithRawResponse:
        from .bulk import CatalogInvitationsCourseBulkResourceWithRawResponse

        return CatalogInvitationsCourseBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def redeem(self) -> CatalogInvitationsCourseRedeemResourceWithRawResponse:
        from .redeem import CatalogInvitationsCourseRedeemResourceWithRawResponse

        return CatalogInvitationsCourseRedeemResourceWithRawResponse(self._resource.redeem)


class AsyncCatalogInvitationsCourseResource:
    """`AsyncClient.catalog.invitations.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogInvitationsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogInvitationsCourseResourceWithRawResponse(self)

    @cached_property
    def blank(self) -> AsyncCatalogInvitationsCourseBlankResource:
        from .blank import AsyncCatalogInvitationsCourseBlankResource

        return AsyncCatalogInvitationsCourseBlankResource(self._client)

    @cached_property
    def bulk(self) -> AsyncCatalogInvitationsCourseBulkResource:
        from .bulk import AsyncCatalogInvitationsCourseBulkResource

        return AsyncCatalogInvitationsCourseBulkResource(self._client)

    @cached_property
    def redeem(self) -> AsyncCatalogInvitationsCourseRedeemResource:
        from .redeem import AsyncCatalogInvitationsCourseRedeemResource

        return AsyncCatalogInvitationsCourseRedeemResource(self._client)

    async def destroy(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a course invitation: TBD

        Args:
            active (bool | Unset, query)
            course_id (str | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_invitations_course_destroy.OPERATION,
            _catalog_invitations_course_destroy.build_request(
                active=active,
                course_id=course_id,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseInvitation:
        """Retrieve a paginated list of course invitations

        Args:
            active (bool | Unset, query)
            course_id (str | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedCourseInvitation
        """
        return await self._client._send(
            _catalog_invitations_course_retrieve.OPERATION,
            _catalog_invitations_course_retrieve.build_request(
                active=active,
                course_id=course_id,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: CourseInvitationCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail: ...

    @overload
    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body_course_id: str,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: CourseInvitationCreateMetadata | Unset = UNSET,
        enrollment_config: CourseInvitationCreateEnrollmentConfig | Unset = UNSET,
        course_access_start_date: datetime.datetime | None | Unset = UNSET,
        course_access_expiration_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail: ...

    async def create(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        username: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        body: CourseInvitationCreate | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        body_email: str | Unset = UNSET,
        body_username: str | Unset = UNSET,
        body_active: bool | Unset = UNSET,
        body_source: str | Unset = UNSET,
        redirect_to: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expired: datetime.datetime | Unset = UNSET,
        metadata: CourseInvitationCreateMetadata | Unset = UNSET,
        enrollment_config: CourseInvitationCreateEnrollmentConfig | Unset = UNSET,
        course_access_start_date: datetime.datetime | None | Unset = UNSET,
        course_access_expiration_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseInvitationDetail:
        """Create a new course invitation

        Args:
            active (bool | Unset, query)
            course_id (str | Unset, query)
            email (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            username (str | Unset, query)
            verbose (bool | Unset, query)
            body (CourseInvitationCreate, request body): Request serializer for
                CourseInvitationView POST endpoint. Supports CSV date fields for
                enrollment_config: - course_access_start_date: Maps to
                enrollment_config['started'] - course_access_expiration_date: Maps to
                enrollment_config['expired']
            Or the body's fields as keywords instead of body=: body_course_id, body_email,
                body_username, body_active, body_source, redirect_to, created, expired,
                metadata, enrollment_config, course_access_start_date,
                course_access_expiration_date

        Returns:
            CourseInvitationDetail
        """
        body = body_from_fields(
            "catalog.invitations.course.create",
            body,
            CourseInvitationCreate,
            ["body_course_id"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("body_email", "email", body_email),
                ("body_username", "username", body_username),
                ("body_active", "active", body_active),
                ("body_source", "source", body_source),
                ("redirect_to", "redirect_to", redirect_to),
                ("created", "created", created),
                ("expired", "expired", expired),
                ("metadata", "metadata", metadata),
                ("enrollment_config", "enrollment_config", enrollment_config),
                ("course_access_start_date", "course_access_start_date", course_access_start_date),
                (
                    "course_access_expiration_date",
                    "course_access_expiration_date",
                    course_access_expiration_date,
                ),
            ),
        )
        return await self._client._send(
            _catalog_invitations_course_create.OPERATION,
            _catalog_invitations_course_create.build_request(
                active=active,
                course_id=course_id,
                email=email,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                source=source,
                username=username,
                verbose=verbose,
                body=body,
            ),
            options,
        )


class AsyncCatalogInvitationsCourseResourceWithRawResponse:
    """`AsyncClient.catalog.invitations.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogInvitationsCourseResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def blank(self) -> AsyncCatalogInvitationsCourseBlankResourceWithRawResponse:
        from .blank import AsyncCatalogInvitationsCourseBlankResourceWithRawResponse

        return AsyncCatalogInvitationsCourseBlankResourceWithRawResponse(self._resource.blank)

    @cached_property
    def bulk(self) -> AsyncCatalogInvitationsCourseBulkResourceWithRawResponse:
        from .bulk import AsyncCatalogInvitationsCourseBulkResourceWithRawResponse

        return AsyncCatalogInvitationsCourseBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def redeem(self) -> AsyncCatalogInvitationsCourseRedeemResourceWithRawResponse:
        from .redeem import AsyncCatalogInvitationsCourseRedeemResourceWithRawResponse

        return AsyncCatalogInvitationsCourseRedeemResourceWithRawResponse(self._resource.redeem)
