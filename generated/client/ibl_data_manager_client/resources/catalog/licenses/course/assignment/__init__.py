"""`Client.catalog.licenses.course.assignment`: 3 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_licenses_course_assignment_create as _catalog_licenses_course_assignment_create,
)
from ......api.catalog import (
    catalog_licenses_course_assignment_destroy as _catalog_licenses_course_assignment_destroy,
)
from ......api.catalog import (
    catalog_licenses_course_assignment_retrieve as _catalog_licenses_course_assignment_retrieve,
)
from ......models.course_license_assignment_create import CourseLicenseAssignmentCreate
from ......models.course_license_assignment_create_metadata import (
    CourseLicenseAssignmentCreateMetadata,
)
from ......models.course_license_assignment_detail import CourseLicenseAssignmentDetail
from ......models.paginated_course_license_assignment import PaginatedCourseLicenseAssignment
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .group import (
        AsyncCatalogLicensesCourseAssignmentGroupResource,
        AsyncCatalogLicensesCourseAssignmentGroupResourceWithRawResponse,
        CatalogLicensesCourseAssignmentGroupResource,
        CatalogLicensesCourseAssignmentGroupResourceWithRawResponse,
    )

__all__ = [
    "CatalogLicensesCourseAssignmentResource",
    "CatalogLicensesCourseAssignmentResourceWithRawResponse",
    "AsyncCatalogLicensesCourseAssignmentResource",
    "AsyncCatalogLicensesCourseAssignmentResourceWithRawResponse",
]


class CatalogLicensesCourseAssignmentResource:
    """`Client.catalog.licenses.course.assignment`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesCourseAssignmentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesCourseAssignmentResourceWithRawResponse(self)

    @cached_property
    def group(self) -> CatalogLicensesCourseAssignmentGroupResource:
        from .group import CatalogLicensesCourseAssignmentGroupResource

        return CatalogLicensesCourseAssignmentGroupResource(self._client)

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
        """Remove a course license assignment

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
            _catalog_licenses_course_assignment_destroy.OPERATION,
            _catalog_licenses_course_assignment_destroy.build_request(
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
    ) -> PaginatedCourseLicenseAssignment:
        """Retrieve a paginated list of course license assignments

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedCourseLicenseAssignment
        """
        return self._client._send(
            _catalog_licenses_course_assignment_retrieve.OPERATION,
            _catalog_licenses_course_assignment_retrieve.build_request(
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
        body: CourseLicenseAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseAssignmentDetail: ...

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
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: CourseLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseAssignmentDetail: ...

    def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseLicenseAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: CourseLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseAssignmentDetail:
        """Create or update a course license assignment

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (CourseLicenseAssignmentCreate, request body): Request serializer for
                CourseLicenseAssignmentView POST endpoint
            Or the body's fields as keywords instead of body=: body_license_id, user_id, email,
                body_platform_key, body_platform_org, active, fulfilled, metadata

        Returns:
            CourseLicenseAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.course.assignment.create",
            body,
            CourseLicenseAssignmentCreate,
            ["body_license_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("user_id", "user_id", user_id),
                ("email", "email", email),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("active", "active", active),
                ("fulfilled", "fulfilled", fulfilled),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_licenses_course_assignment_create.OPERATION,
            _catalog_licenses_course_assignment_create.build_request(
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


class CatalogLicensesCourseAssignmentResourceWithRawResponse:
    """`Client.catalog.licenses.course.assignment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesCourseAssignmentResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def group(self) -> CatalogLicensesCourseAssignmentGroupResourceWithRawResponse:
        from .group import CatalogLicensesCourseAssignmentGroupResourceWithRawResponse

        return CatalogLicensesCourseAssignmentGroupResourceWithRawResponse(self._resource.group)


class AsyncCatalogLicensesCourseAssignmentResource:
    """`AsyncClient.catalog.licenses.course.assignment`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesCourseAssignmentResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesCourseAssignmentResourceWithRawResponse(self)

    @cached_property
    def group(self) -> AsyncCatalogLicensesCourseAssignmentGroupResource:
        from .group import AsyncCatalogLicensesCourseAssignmentGroupResource

        return AsyncCatalogLicensesCourseAssignmentGroupResource(self._client)

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
        """Remove a course license assignment

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
            _catalog_licenses_course_assignment_destroy.OPERATION,
            _catalog_licenses_course_assignment_destroy.build_request(
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
    ) -> PaginatedCourseLicenseAssignment:
        """Retrieve a paginated list of course license assignments

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedCourseLicenseAssignment
        """
        return await self._client._send(
            _catalog_licenses_course_assignment_retrieve.OPERATION,
            _catalog_licenses_course_assignment_retrieve.build_request(
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
        body: CourseLicenseAssignmentCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseAssignmentDetail: ...

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
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: CourseLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseAssignmentDetail: ...

    async def create(
        self,
        *,
        license_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseLicenseAssignmentCreate | Unset = UNSET,
        body_license_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        email: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        fulfilled: bool | Unset = UNSET,
        metadata: CourseLicenseAssignmentCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseLicenseAssignmentDetail:
        """Create or update a course license assignment

        Args:
            license_id (int, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            body (CourseLicenseAssignmentCreate, request body): Request serializer for
                CourseLicenseAssignmentView POST endpoint
            Or the body's fields as keywords instead of body=: body_license_id, user_id, email,
                body_platform_key, body_platform_org, active, fulfilled, metadata

        Returns:
            CourseLicenseAssignmentDetail
        """
        body = body_from_fields(
            "catalog.licenses.course.assignment.create",
            body,
            CourseLicenseAssignmentCreate,
            ["body_license_id"],
            (
                ("body_license_id", "license_id", body_license_id),
                ("user_id", "user_id", user_id),
                ("email", "email", email),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("active", "active", active),
                ("fulfilled", "fulfilled", fulfilled),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_licenses_course_assignment_create.OPERATION,
            _catalog_licenses_course_assignment_create.build_request(
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


class AsyncCatalogLicensesCourseAssignmentResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.course.assignment`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesCourseAssignmentResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def group(self) -> AsyncCatalogLicensesCourseAssignmentGroupResourceWithRawResponse:
        from .group import AsyncCatalogLicensesCourseAssignmentGroupResourceWithRawResponse

        return AsyncCatalogLicensesCourseAssignmentGroupResourceWithRawResponse(
            self._resource.group
        )
