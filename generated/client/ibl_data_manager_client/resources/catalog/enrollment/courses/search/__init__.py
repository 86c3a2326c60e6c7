"""`Client.catalog.enrollment.courses.search`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_enrollment_courses_search_retrieve as _catalog_enrollment_courses_search_retrieve,
)
from ......models.course_enrollment_search_response import CourseEnrollmentSearchResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogEnrollmentCoursesSearchResource",
    "CatalogEnrollmentCoursesSearchResourceWithRawResponse",
    "AsyncCatalogEnrollmentCoursesSearchResource",
    "AsyncCatalogEnrollmentCoursesSearchResourceWithRawResponse",
]


class CatalogEnrollmentCoursesSearchResource:
    """`Client.catalog.enrollment.courses.search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentCoursesSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentCoursesSearchResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        course_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseEnrollmentSearchResponse:
        """API View for searching course enrollments.  This endpoint allows searching for course
        enrollments based on various filters such as user ID, username, email, course ID, slug,
        organization, and platform key. Results are paginated and include detailed enrollment
        information.  Query Parameters:     user_id (str, optional): Filter enrollments by user
        ID     username (str, optional): Filter enrollments by username     email (str,
        optional): Filter enrollments by user email     course_id (str, optional): Filter
        enrollments by course ID     slug (str, optional): Filter enrollments by course slug
        org (str, optional): Filter enrollments by organization     platform_key (str,
        optional): Filter enrollments by platform key     course_name (str, optional): Filter
        enrollments by course name (partial match)     include_default_platform (bool,
        optional): Include enrollments from default platform     sort (str, optional): Field to
        sort results by (default: '-id')     page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page  Methods:     GET: Search for course
        enrollments with filtering and pagination  Returns:     GET: A paginated JSON response
        containing course enrollments:         {             \"count\": 42,
        \"next\": \"https://api.example.com/api/catalog/enrollment/courses/search/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"user_id\": 123,                     \"username\": \"student1\",
        \"email\": \"student1@example.com\",                     \"course_id\":
        \"course-v1:org+course+run\",                     \"active\": true,
        \"created\": \"2023-01-15T10:30:00Z\",                     \"started\":
        \"2023-01-15T10:30:00Z\",                     \"ended\": null,
        \"expired\": null,                     \"metadata\": {},                     \"name\":
        \"John Doe\",                     \"course_name\": \"Introduction to Data Science\"
        },                 ...             ]         }  Error Responses:     400 Bad Request: If
        required parameters are missing or if enrollment search fails     401 Unauthorized: If
        the user is not authenticated     403 Forbidden: If the user does not have permission to
        access this resource     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires IsDMAdmin, IsEdxUserReadOnly, or
        IsPlatformAdminOfUserReadOnly permission     - Users can view their own enrollments
        - Platform admins can view enrollments for users in their platform     - DM admins can
        view all enrollments

        Args:
            course_id (str | Unset, query)
            course_name (str | Unset, query)
            email (str | Unset, query)
            include_default_platform (bool | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            CourseEnrollmentSearchResponse
        """
        return self._client._send(
            _catalog_enrollment_courses_search_retrieve.OPERATION,
            _catalog_enrollment_courses_search_retrieve.build_request(
                course_id=course_id,
                course_name=course_name,
                email=email,
                include_default_platform=include_default_platform,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
                user_id=user_id,
                username=username,
            ),
            options,
        )


class CatalogEnrollmentCoursesSearchResourceWithRawResponse:
    """`Client.catalog.enrollment.courses.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentCoursesSearchResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogEnrollmentCoursesSearchResource:
    """`AsyncClient.catalog.enrollment.courses.search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentCoursesSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentCoursesSearchResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        course_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseEnrollmentSearchResponse:
        """API View for searching course enrollments.  This endpoint allows searching for course
        enrollments based on various filters such as user ID, username, email, course ID, slug,
        organization, and platform key. Results are paginated and include detailed enrollment
        information.  Query Parameters:     user_id (str, optional): Filter enrollments by user
        ID     username (str, optional): Filter enrollments by username     email (str,
        optional): Filter enrollments by user email     course_id (str, optional): Filter
        enrollments by course ID     slug (str, optional): Filter enrollments by course slug
        org (str, optional): Filter enrollments by organization     platform_key (str,
        optional): Filter enrollments by platform key     course_name (str, optional): Filter
        enrollments by course name (partial match)     include_default_platform (bool,
        optional): Include enrollments from default platform     sort (str, optional): Field to
        sort results by (default: '-id')     page (int, optional): Page number for pagination
        page_size (int, optional): Number of items per page  Methods:     GET: Search for course
        enrollments with filtering and pagination  Returns:     GET: A paginated JSON response
        containing course enrollments:         {             \"count\": 42,
        \"next\": \"https://api.example.com/api/catalog/enrollment/courses/search/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"user_id\": 123,                     \"username\": \"student1\",
        \"email\": \"student1@example.com\",                     \"course_id\":
        \"course-v1:org+course+run\",                     \"active\": true,
        \"created\": \"2023-01-15T10:30:00Z\",                     \"started\":
        \"2023-01-15T10:30:00Z\",                     \"ended\": null,
        \"expired\": null,                     \"metadata\": {},                     \"name\":
        \"John Doe\",                     \"course_name\": \"Introduction to Data Science\"
        },                 ...             ]         }  Error Responses:     400 Bad Request: If
        required parameters are missing or if enrollment search fails     401 Unauthorized: If
        the user is not authenticated     403 Forbidden: If the user does not have permission to
        access this resource     500 Internal Server Error: If an unexpected error occurs
        Access Control:     - Requires IsDMAdmin, IsEdxUserReadOnly, or
        IsPlatformAdminOfUserReadOnly permission     - Users can view their own enrollments
        - Platform admins can view enrollments for users in their platform     - DM admins can
        view all enrollments

        Args:
            course_id (str | Unset, query)
            course_name (str | Unset, query)
            email (str | Unset, query)
            include_default_platform (bool | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            CourseEnrollmentSearchResponse
        """
        return await self._client._send(
            _catalog_enrollment_courses_search_retrieve.OPERATION,
            _catalog_enrollment_courses_search_retrieve.build_request(
                course_id=course_id,
                course_name=course_name,
                email=email,
                include_default_platform=include_default_platform,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
                user_id=user_id,
                username=username,
            ),
            options,
        )


class AsyncCatalogEnrollmentCoursesSearchResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment.courses.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentCoursesSearchResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
