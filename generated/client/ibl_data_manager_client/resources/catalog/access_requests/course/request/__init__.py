"""`Client.catalog.access_requests.course.request`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_access_requests_course_request_create as _catalog_access_requests_course_request_create,
)
from ......api.catalog import (
    catalog_access_requests_course_request_retrieve as _catalog_access_requests_course_request_retrieve,
)
from ......models.course_access_request_create import CourseAccessRequestCreate
from ......models.course_access_request_detail import CourseAccessRequestDetail
from ......models.course_access_request_status_response import CourseAccessRequestStatusResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogAccessRequestsCourseRequestResource",
    "CatalogAccessRequestsCourseRequestResourceWithRawResponse",
    "AsyncCatalogAccessRequestsCourseRequestResource",
    "AsyncCatalogAccessRequestsCourseRequestResourceWithRawResponse",
]


class CatalogAccessRequestsCourseRequestResource:
    """`Client.catalog.access_requests.course.request`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogAccessRequestsCourseRequestResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogAccessRequestsCourseRequestResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestStatusResponse:
        """Check if the user has an active access request for a course

        Args:
            course_id (str, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)

        Returns:
            CourseAccessRequestStatusResponse
        """
        return self._client._send(
            _catalog_access_requests_course_request_retrieve.OPERATION,
            _catalog_access_requests_course_request_retrieve.build_request(
                course_id=course_id, platform_key=platform_key, platform_org=platform_org
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        body: CourseAccessRequestCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail: ...

    @overload
    def create(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        body_course_id: str,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail: ...

    def create(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        body: CourseAccessRequestCreate | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail:
        """Create a new access request for a course

        Args:
            course_id (str, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            body (CourseAccessRequestCreate, request body): Request serializer for
                CourseLicenseAccessRequestUserView POST endpoint
            Or the body's fields as keywords instead of body=: body_course_id,
                body_platform_key, body_platform_org

        Returns:
            CourseAccessRequestDetail
        """
        body = body_from_fields(
            "catalog.access_requests.course.request.create",
            body,
            CourseAccessRequestCreate,
            ["body_course_id"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
            ),
        )
        return self._client._send(
            _catalog_access_requests_course_request_create.OPERATION,
            _catalog_access_requests_course_request_create.build_request(
                course_id=course_id, platform_key=platform_key, platform_org=platform_org, body=body
            ),
            options,
        )


class CatalogAccessRequestsCourseRequestResourceWithRawResponse:
    """`Client.catalog.access_requests.course.request`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogAccessRequestsCourseRequestResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogAccessRequestsCourseRequestResource:
    """`AsyncClient.catalog.access_requests.course.request`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogAccessRequestsCourseRequestResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogAccessRequestsCourseRequestResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestStatusResponse:
        """Check if the user has an active access request for a course

        Args:
            course_id (str, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)

        Returns:
            CourseAccessRequestStatusResponse
        """
        return await self._client._send(
            _catalog_access_requests_course_request_retrieve.OPERATION,
            _catalog_access_requests_course_request_retrieve.build_request(
                course_id=course_id, platform_key=platform_key, platform_org=platform_org
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        body: CourseAccessRequestCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail: ...

    @overload
    async def create(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        body_course_id: str,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail: ...

    async def create(
        self,
        *,
        course_id: str,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        body: CourseAccessRequestCreate | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseAccessRequestDetail:
        """Create a new access request for a course

        Args:
            course_id (str, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            body (CourseAccessRequestCreate, request body): Request serializer for
                CourseLicenseAccessRequestUserView POST endpoint
            Or the body's fields as keywords instead of body=: body_course_id,
                body_platform_key, body_platform_org

        Returns:
            CourseAccessRequestDetail
        """
        body = body_from_fields(
            "catalog.access_requests.course.request.create",
            body,
            CourseAccessRequestCreate,
            ["body_course_id"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("body_platform_key", "platform_key", body_platform_key),
                ("body_platform_org", "platform_org", body_platform_org),
            ),
        )
        return await self._client._send(
            _catalog_access_requests_course_request_create.OPERATION,
            _catalog_access_requests_course_request_create.build_request(
                course_id=course_id, platform_key=platform_key, platform_org=platform_org, body=body
            ),
            options,
        )


class AsyncCatalogAccessRequestsCourseRequestResourceWithRawResponse:
    """`AsyncClient.catalog.access_requests.course.request`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogAccessRequestsCourseRequestResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
