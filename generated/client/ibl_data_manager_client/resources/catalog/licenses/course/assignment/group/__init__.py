"""`Client.catalog.licenses.course.assignment.group`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_licenses_course_assignment_group_create as _catalog_licenses_course_assignment_group_create,
)
from .......api.catalog import (
    catalog_licenses_course_assignment_group_destroy as _catalog_licenses_course_assignment_group_destroy,
)
from .......api.catalog import (
    catalog_licenses_course_assignment_group_retrieve as _catalog_licenses_course_assignment_group_retrieve,
)
from .......models.course_license_group_assignment_create import CourseLicenseGroupAssignmentCreate
from .......models.course_license_group_assignment_create_metadata import (
    CourseLicenseGroupAssignmentCreateMetadata,
)
from .......models.course_license_group_assignment_detail import CourseLicenseGroupAssignmentDetail
from .......models.paginated_course_license_group_assignment import (
    PaginatedCourseLicenseGroupAssignment,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogLicensesCourseAssignmentGroupResource",
    "CatalogLicensesCourseAssignmentGroupResourceWithRawResponse",
    "AsyncCatalogLicensesCourseAssignmentGroupResource",
    "AsyncCatalogLicensesCourseAssignmentGroupResourceWithRawResponse",
]


class CatalogLicensesCourseAssignmentGroupResource:
    """`Client.catalog.licenses.course.assignment.group`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesCourseAssignmentGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesCourseAssignmentGroupResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a course license group assignment

        Args:
            assignment_id (int, query)
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_licenses_course_assignment_group_destroy.OPERATION,
            _catalog_licenses_course_assignment_group_destroy.build_request(
                assignment_id=assignment_id,
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseLicenseGroupAssignment:
        """Retrieve a paginated list of course license group assignments

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedCourseLicenseGroupAssignment
        """
        return self._client._send(
            _catalog_licenses_course_assignment_group_retrieve.OPERATION,
            _catalog_licenses_course_assignment_group_retrieve.build_request(
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseLicenseGroupAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseGroupAssignmentDetail: ...

    @overload
    def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_license_id: int,
        group_id: int,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: CourseLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseGroupAssignmentDetail: ...

    def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseLicenseGroupAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        group_id: int | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: CourseLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseGroupAssignmentDetail:
        """Create or update a course license group assignment

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (CourseLicenseGroupAssignmentCreate, request body): Request serializer for
                CourseLicenseGroupAssignmentView POST endpoint
            Or the body's fields as keywords instead of body=: body_license_id, group_id,
                body_platform_key, body_platform_org, active, fulfilled, metadata

        Returns:
            CourseLicenseGroupAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.course.assignment.group.create",
            body,
            CourseLicenseGroupAssignmentCreate,
            ["body_license_id", "group_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("group_id", "group_id", group_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("active", "active", active),
                ("fulfilled", "fulfilled", fulfilled),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_licenses_course_assignment_group_create.OPERATION,
            _catalog_licenses_course_assignment_group_create.build_request(
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                body=body,
            ),
            options,
        )


class CatalogLicensesCourseAssignmentGroupResourceWithRawResponse:
    """`Client.catalog.licenses.course.assignment.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesCourseAssignmentGroupResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogLicensesCourseAssignmentGroupResource:
    """`AsyncClient.catalog.licenses.course.assignment.group`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesCourseAssignmentGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesCourseAssignmentGroupResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        assignment_id: int,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove a course license group assignment

        Args:
            assignment_id (int, query)
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_licenses_course_assignment_group_destroy.OPERATION,
            _catalog_licenses_course_assignment_group_destroy.build_request(
                assignment_id=assignment_id,
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseLicenseGroupAssignment:
        """Retrieve a paginated list of course license group assignments

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedCourseLicenseGroupAssignment
        """
        return await self._client._send(
            _catalog_licenses_course_assignment_group_retrieve.OPERATION,
            _catalog_licenses_course_assignment_group_retrieve.build_request(
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseLicenseGroupAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseGroupAssignmentDetail: ...

    @overload
    async def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_license_id: int,
        group_id: int,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: CourseLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseGroupAssignmentDetail: ...

    async def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseLicenseGroupAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        group_id: int | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: CourseLicenseGroupAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseGroupAssignmentDetail:
        """Create or update a course license group assignment

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (CourseLicenseGroupAssignmentCreate, request body): Request serializer for
                CourseLicenseGroupAssignmentView POST endpoint
            Or the body's fields as keywords instead of body=: body_license_id, group_id,
                body_platform_key, body_platform_org, active, fulfilled, metadata

        Returns:
            CourseLicenseGroupAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.course.assignment.group.create",
            body,
            CourseLicenseGroupAssignmentCreate,
            ["body_license_id", "group_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("group_id", "group_id", group_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("active", "active", active),
                ("fulfilled", "fulfilled", fulfilled),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_licenses_course_assignment_group_create.OPERATION,
            _catalog_licenses_course_assignment_group_create.build_request(
                license_id=license_id,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                body=body,
            ),
            options,
        )


class AsyncCatalogLicensesCourseAssignmentGroupResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.course.assignment.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesCourseAssignmentGroupResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
