"""`Client.catalog.courses`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.catalog import catalog_courses_create as _catalog_courses_create
from ....api.catalog import catalog_courses_destroy as _catalog_courses_destroy
from ....api.catalog import catalog_courses_list as _catalog_courses_list
from ....models.course import Course
from ....models.course_create_update import CourseCreateUpdate
from ....models.course_delete_response import CourseDeleteResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CatalogCoursesResource",
    "CatalogCoursesResourceWithRawResponse",
    "AsyncCatalogCoursesResource",
    "AsyncCatalogCoursesResourceWithRawResponse",
]


class CatalogCoursesResource:
    """`Client.catalog.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogCoursesResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseDeleteResponse:
        """Remove a course from the database.

        Args:
            course_id (str, query)
            org (str | Unset, query)
            slug (str | Unset, query)

        Returns:
            CourseDeleteResponse
        """
        return self._client._send(
            _catalog_courses_destroy.OPERATION,
            _catalog_courses_destroy.build_request(course_id=course_id, org=org, slug=slug),
            options,
        )

    def list(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Course]:
        """Retrieve courses matching specified filters.

        Args:
            course_id (str | Unset, query)
            org (str | Unset, query)
            slug (str | Unset, query)

        Returns:
            list[Course]
        """
        return self._client._send(
            _catalog_courses_list.OPERATION,
            _catalog_courses_list.build_request(course_id=course_id, org=org, slug=slug),
            options,
        )

    @overload
    def create(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        body: CourseCreateUpdate,
        **options: Unpack[RequestOptions],
    ) -> Course: ...

    @overload
    def create(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        body_course_id: str,
        body_org: str,
        name: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Course: ...

    def create(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        body: CourseCreateUpdate | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Course:
        """Add or update a course in the database.

        Args:
            course_id (str | Unset, query)
            org (str | Unset, query)
            slug (str | Unset, query)
            body (CourseCreateUpdate, request body): Serializer for course creation/update
                request body.
            Or the body's fields as keywords instead of body=: body_course_id, body_org, name,
                body_slug, data

        Returns:
            Course
        """
        body = body_from_fields(
            "catalog.courses.create",
            body,
            CourseCreateUpdate,
            ["body_course_id", "body_org"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("body_org", "org", body_org),
                ("name", "name", name),
                ("body_slug", "slug", body_slug),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_courses_create.OPERATION,
            _catalog_courses_create.build_request(
                course_id=course_id, org=org, slug=slug, body=body
            ),
            options,
        )


class CatalogCoursesResourceWithRawResponse:
    """`Client.catalog.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogCoursesResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncCatalogCoursesResource:
    """`AsyncClient.catalog.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogCoursesResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseDeleteResponse:
        """Remove a course from the database.

        Args:
            course_id (str, query)
            org (str | Unset, query)
            slug (str | Unset, query)

        Returns:
            CourseDeleteResponse
        """
        return await self._client._send(
            _catalog_courses_destroy.OPERATION,
            _catalog_courses_destroy.build_request(course_id=course_id, org=org, slug=slug),
            options,
        )

    async def list(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Course]:
        """Retrieve courses matching specified filters.

        Args:
            course_id (str | Unset, query)
            org (str | Unset, query)
            slug (str | Unset, query)

        Returns:
            list[Course]
        """
        return await self._client._send(
            _catalog_courses_list.OPERATION,
            _catalog_courses_list.build_request(course_id=course_id, org=org, slug=slug),
            options,
        )

    @overload
    async def create(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        body: CourseCreateUpdate,
        **options: Unpack[RequestOptions],
    ) -> Course: ...

    @overload
    async def create(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        body_course_id: str,
        body_org: str,
        name: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Course: ...

    async def create(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        body: CourseCreateUpdate | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        name: str | Unset = UNSET,
        body_slug: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Course:
        """Add or update a course in the database.

        Args:
            course_id (str | Unset, query)
            org (str | Unset, query)
            slug (str | Unset, query)
            body (CourseCreateUpdate, request body): Serializer for course creation/update
                request body.
            Or the body's fields as keywords instead of body=: body_course_id, body_org, name,
                body_slug, data

        Returns:
            Course
        """
        body = body_from_fields(
            "catalog.courses.create",
            body,
            CourseCreateUpdate,
            ["body_course_id", "body_org"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("body_org", "org", body_org),
                ("name", "name", name),
                ("body_slug", "slug", body_slug),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_courses_create.OPERATION,
            _catalog_courses_create.build_request(
                course_id=course_id, org=org, slug=slug, body=body
            ),
            options,
        )


class AsyncCatalogCoursesResourceWithRawResponse:
    """`AsyncClient.catalog.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogCoursesResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
