"""`Client.catalog.access_requests.course.manage`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_access_requests_course_manage_create as _catalog_access_requests_course_manage_create,
)
from ......api.catalog import (
    catalog_access_requests_course_manage_retrieve as _catalog_access_requests_course_manage_retrieve,
)
from ......models.course_access_request_detail import CourseAccessRequestDetail
from ......models.course_access_request_update import CourseAccessRequestUpdate
from ......models.paginated_course_access_request import PaginatedCourseAccessRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogAccessRequestsCourseManageResource",
    "CatalogAccessRequestsCourseManageResourceWithRawResponse",
    "AsyncCatalogAccessRequestsCourseManageResource",
    "AsyncCatalogAccessRequestsCourseManageResourceWithRawResponse",
]


class CatalogAccessRequestsCourseManageResource:
    """`Client.catalog.access_requests.course.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogAccessRequestsCourseManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogAccessRequestsCourseManageResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseAccessRequest:
        """Retrieve a paginated list of access requests

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            reviewed (bool | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedCourseAccessRequest
        """
        return self._client._send(
            _catalog_access_requests_course_manage_retrieve.OPERATION,
            _catalog_access_requests_course_manage_retrieve.build_request(
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                reviewed=reviewed,
                sort=sort,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseAccessRequestUpdate,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail: ...

    @overload
    def create(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_id: int,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        approved: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail: ...

    def create(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseAccessRequestUpdate | Unset = UNSET,
        request_id: int | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        approved: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail:
        """Update an existing access request (approve/reject)

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            reviewed (bool | Unset, query)
            sort (str | Unset, query)
            body (CourseAccessRequestUpdate, request body): Request serializer for
                CourseLicenseAccessRequestManagementView POST endpoint
            Or the body's fields as keywords instead of body=: request_id, body_platform_key,
                body_platform_org, approved, active

        Returns:
            CourseAccessRequestDetail
        """
        body = body_from_fields(
            "catalog.access_requests.course.manage.create",
            body,
            CourseAccessRequestUpdate,
            ["request_id"],
            (
                ("request_id", "request_id", request_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("approved", "approved", approved),
                ("active", "active", active),
            ),
        )
        return self._client._send(
            _catalog_access_requests_course_manage_create.OPERATION,
            _catalog_access_requests_course_manage_create.build_request(
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                reviewed=reviewed,
                sort=sort,
                body=body,
            ),
            options,
        )


class CatalogAccessRequestsCourseManageResourceWithRawResponse:
    """`Client.catalog.access_requests.course.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogAccessRequestsCourseManageResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogAccessRequestsCourseManageResource:
    """`AsyncClient.catalog.access_requests.course.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogAccessRequestsCourseManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogAccessRequestsCourseManageResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseAccessRequest:
        """Retrieve a paginated list of access requests

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            reviewed (bool | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedCourseAccessRequest
        """
        return await self._client._send(
            _catalog_access_requests_course_manage_retrieve.OPERATION,
            _catalog_access_requests_course_manage_retrieve.build_request(
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                reviewed=reviewed,
                sort=sort,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseAccessRequestUpdate,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail: ...

    @overload
    async def create(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        request_id: int,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        approved: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail: ...

    async def create(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseAccessRequestUpdate | Unset = UNSET,
        request_id: int | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        approved: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail:
        """Update an existing access request (approve/reject)

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            reviewed (bool | Unset, query)
            sort (str | Unset, query)
            body (CourseAccessRequestUpdate, request body): Request serializer for
                CourseLicenseAccessRequestManagementView POST endpoint
            Or the body's fields as keywords instead of body=: request_id, body_platform_key,
                body_platform_org, approved, active

        Returns:
            CourseAccessRequestDetail
        """
        body = body_from_fields(
            "catalog.access_requests.course.manage.create",
            body,
            CourseAccessRequestUpdate,
            ["request_id"],
            (
                ("request_id", "request_id", request_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
                ("approved", "approved", approved),
                ("active", "active", active),
            ),
        )
        return await self._client._send(
            _catalog_access_requests_course_manage_create.OPERATION,
            _catalog_access_requests_course_manage_create.build_request(
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                reviewed=reviewed,
                sort=sort,
                body=body,
            ),
            options,
        )


class AsyncCatalogAccessRequestsCourseManageResourceWithRawResponse:
    """`AsyncClient.catalog.access_requests.course.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogAccessRequestsCourseManageResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
