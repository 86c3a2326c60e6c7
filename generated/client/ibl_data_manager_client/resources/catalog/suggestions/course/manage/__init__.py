"""`Client.catalog.suggestions.course.manage`: 3 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_suggestions_course_manage_create as _catalog_suggestions_course_manage_create,
)
from ......api.catalog import (
    catalog_suggestions_course_manage_destroy as _catalog_suggestions_course_manage_destroy,
)
from ......api.catalog import (
    catalog_suggestions_course_manage_retrieve as _catalog_suggestions_course_manage_retrieve,
)
from ......models.course_suggestion_create import CourseSuggestionCreate
from ......models.course_suggestion_create_metadata import CourseSuggestionCreateMetadata
from ......models.course_suggestion_detail import CourseSuggestionDetail
from ......models.paginated_course_suggestion import PaginatedCourseSuggestion
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .bulk import (
        AsyncCatalogSuggestionsCourseManageBulkResource,
        AsyncCatalogSuggestionsCourseManageBulkResourceWithRawResponse,
        CatalogSuggestionsCourseManageBulkResource,
        CatalogSuggestionsCourseManageBulkResourceWithRawResponse,
    )
    from .group import (
        AsyncCatalogSuggestionsCourseManageGroupResource,
        AsyncCatalogSuggestionsCourseManageGroupResourceWithRawResponse,
        CatalogSuggestionsCourseManageGroupResource,
        CatalogSuggestionsCourseManageGroupResourceWithRawResponse,
    )

__all__ = [
    "CatalogSuggestionsCourseManageResource",
    "CatalogSuggestionsCourseManageResourceWithRawResponse",
    "AsyncCatalogSuggestionsCourseManageResource",
    "AsyncCatalogSuggestionsCourseManageResourceWithRawResponse",
]


class CatalogSuggestionsCourseManageResource:
    """`Client.catalog.suggestions.course.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsCourseManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsCourseManageResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CatalogSuggestionsCourseManageBulkResource:
        from .bulk import CatalogSuggestionsCourseManageBulkResource

        return CatalogSuggestionsCourseManageBulkResource(self._client)

    @cached_property
    def group(self) -> CatalogSuggestionsCourseManageGroupResource:
        from .group import CatalogSuggestionsCourseManageGroupResource

        return CatalogSuggestionsCourseManageGroupResource(self._client)

    def destroy(
        self,
        *,
        platform_key: str,
        suggestion_id: int,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete single suggestion

        Args:
            platform_key (str, query)
            suggestion_id (int, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_suggestions_course_manage_destroy.OPERATION,
            _catalog_suggestions_course_manage_destroy.build_request(
                platform_key=platform_key,
                suggestion_id=suggestion_id,
                department_mode=department_mode,
                page=page,
                page_size=page_size,
                platform_org=platform_org,
                query=query,
                sort=sort,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        platform_key: str,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseSuggestion:
        """API View for managing course suggestions.  This endpoint allows administrators to view,
        create, update, and delete course suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of course suggestions for a platform     POST: Create or
        update a course suggestion     DELETE: Remove a course suggestion  Request Body (POST):
        A JSON object containing:     - platform_key (str, required): The platform for the
        suggestion     - course_id (str, required): The course ID to suggest     - user_id
        (str/int, required): The user to suggest the course to     - accepted (bool, optional):
        Whether the suggestion is accepted     - visible (bool, optional): Whether the
        suggestion is visible     - metadata (dict, optional): Additional suggestion metadata
        Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion
        to delete  Returns:     GET: A paginated JSON response containing course suggestions:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/course/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"course_id\": \"course-v1:org+course+run\",                     \"course_name\":
        \"Introduction to Programming\"                 },                 ...             ]
        }      POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"course_id\": \"course-v1:org+course+run\",
        \"course_name\": \"Introduction to Programming\"         }      DELETE: A success
        response with status 200  Error Responses:     400 Bad Request: If required parameters
        are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the
        user is not authenticated     403 Forbidden: If the user does not have permission to
        manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform
        permission     - Platform admins can manage suggestions for their platform     -
        Department admins can manage suggestions for their departments     - DM admins can
        manage all suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedCourseSuggestion
        """
        return self._client._send(
            _catalog_suggestions_course_manage_retrieve.OPERATION,
            _catalog_suggestions_course_manage_retrieve.build_request(
                platform_key=platform_key,
                department_mode=department_mode,
                page=page,
                page_size=page_size,
                platform_org=platform_org,
                query=query,
                sort=sort,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        platform_key: str,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseSuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseSuggestionDetail: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_platform_key: str,
        course_id: str,
        user_id: str,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: CourseSuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseSuggestionDetail: ...

    def create(
        self,
        *,
        platform_key: str,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseSuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: CourseSuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseSuggestionDetail:
        """API View for managing course suggestions.  This endpoint allows administrators to view,
        create, update, and delete course suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of course suggestions for a platform     POST: Create or
        update a course suggestion     DELETE: Remove a course suggestion  Request Body (POST):
        A JSON object containing:     - platform_key (str, required): The platform for the
        suggestion     - course_id (str, required): The course ID to suggest     - user_id
        (str/int, required): The user to suggest the course to     - accepted (bool, optional):
        Whether the suggestion is accepted     - visible (bool, optional): Whether the
        suggestion is visible     - metadata (dict, optional): Additional suggestion metadata
        Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion
        to delete  Returns:     GET: A paginated JSON response containing course suggestions:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/course/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"course_id\": \"course-v1:org+course+run\",                     \"course_name\":
        \"Introduction to Programming\"                 },                 ...             ]
        }      POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"course_id\": \"course-v1:org+course+run\",
        \"course_name\": \"Introduction to Programming\"         }      DELETE: A success
        response with status 200  Error Responses:     400 Bad Request: If required parameters
        are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the
        user is not authenticated     403 Forbidden: If the user does not have permission to
        manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform
        permission     - Platform admins can manage suggestions for their platform     -
        Department admins can manage suggestions for their departments     - DM admins can
        manage all suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (CourseSuggestionCreate, request body): Request serializer for
                CourseSuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, course_id,
                user_id, username, email, accepted, visible, metadata, suggested_by, direct,
                body_department_mode

        Returns:
            CourseSuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.course.manage.create",
            body,
            CourseSuggestionCreate,
            ["body_platform_key", "course_id", "user_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("course_id", "course_id", course_id),
                ("user_id", "user_id", user_id),
                ("username", "username", username),
                ("email", "email", email),
                ("accepted", "accepted", accepted),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
                ("suggested_by", "suggested_by", suggested_by),
                ("direct", "direct", direct),
                ("body_department_mode", "department_mode", body_department_mode),
            ),
        )
        return self._client._send(
            _catalog_suggestions_course_manage_create.OPERATION,
            _catalog_suggestions_course_manage_create.build_request(
                platform_key=platform_key,
                department_mode=department_mode,
                page=page,
                page_size=page_size,
                platform_org=platform_org,
                query=query,
                sort=sort,
                body=body,
            ),
            options,
        )


class CatalogSuggestionsCourseManageResourceWithRawResponse:
    """`Client.catalog.suggestions.course.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsCourseManageResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> CatalogSuggestionsCourseManageBulkResourceWithRawResponse:
        from .bulk import CatalogSuggestionsCourseManageBulkResourceWithRawResponse

        return CatalogSuggestionsCourseManageBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def group(self) -> CatalogSuggestionsCourseManageGroupResourceWithRawResponse:
        from .group import CatalogSuggestionsCourseManageGroupResourceWithRawResponse

        return CatalogSuggestionsCourseManageGroupResourceWithRawResponse(self._resource.group)


class AsyncCatalogSuggestionsCourseManageResource:
    """`AsyncClient.catalog.suggestions.course.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsCourseManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsCourseManageResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCatalogSuggestionsCourseManageBulkResource:
        from .bulk import AsyncCatalogSuggestionsCourseManageBulkResource

        return AsyncCatalogSuggestionsCourseManageBulkResource(self._client)

    @cached_property
    def group(self) -> AsyncCatalogSuggestionsCourseManageGroupResource:
        from .group import AsyncCatalogSuggestionsCourseManageGroupResource

        return AsyncCatalogSuggestionsCourseManageGroupResource(self._client)

    async def destroy(
        self,
        *,
        platform_key: str,
        suggestion_id: int,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete single suggestion

        Args:
            platform_key (str, query)
            suggestion_id (int, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_suggestions_course_manage_destroy.OPERATION,
            _catalog_suggestions_course_manage_destroy.build_request(
                platform_key=platform_key,
                suggestion_id=suggestion_id,
                department_mode=department_mode,
                page=page,
                page_size=page_size,
                platform_org=platform_org,
                query=query,
                sort=sort,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        platform_key: str,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseSuggestion:
        """API View for managing course suggestions.  This endpoint allows administrators to view,
        create, update, and delete course suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of course suggestions for a platform     POST: Create or
        update a course suggestion     DELETE: Remove a course suggestion  Request Body (POST):
        A JSON object containing:     - platform_key (str, required): The platform for the
        suggestion     - course_id (str, required): The course ID to suggest     - user_id
        (str/int, required): The user to suggest the course to     - accepted (bool, optional):
        Whether the suggestion is accepted     - visible (bool, optional): Whether the
        suggestion is visible     - metadata (dict, optional): Additional suggestion metadata
        Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion
        to delete  Returns:     GET: A paginated JSON response containing course suggestions:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/course/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"course_id\": \"course-v1:org+course+run\",                     \"course_name\":
        \"Introduction to Programming\"                 },                 ...             ]
        }      POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"course_id\": \"course-v1:org+course+run\",
        \"course_name\": \"Introduction to Programming\"         }      DELETE: A success
        response with status 200  Error Responses:     400 Bad Request: If required parameters
        are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the
        user is not authenticated     403 Forbidden: If the user does not have permission to
        manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform
        permission     - Platform admins can manage suggestions for their platform     -
        Department admins can manage suggestions for their departments     - DM admins can
        manage all suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedCourseSuggestion
        """
        return await self._client._send(
            _catalog_suggestions_course_manage_retrieve.OPERATION,
            _catalog_suggestions_course_manage_retrieve.build_request(
                platform_key=platform_key,
                department_mode=department_mode,
                page=page,
                page_size=page_size,
                platform_org=platform_org,
                query=query,
                sort=sort,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseSuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> CourseSuggestionDetail: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body_platform_key: str,
        course_id: str,
        user_id: str,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: CourseSuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseSuggestionDetail: ...

    async def create(
        self,
        *,
        platform_key: str,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: CourseSuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: CourseSuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseSuggestionDetail:
        """API View for managing course suggestions.  This endpoint allows administrators to view,
        create, update, and delete course suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of course suggestions for a platform     POST: Create or
        update a course suggestion     DELETE: Remove a course suggestion  Request Body (POST):
        A JSON object containing:     - platform_key (str, required): The platform for the
        suggestion     - course_id (str, required): The course ID to suggest     - user_id
        (str/int, required): The user to suggest the course to     - accepted (bool, optional):
        Whether the suggestion is accepted     - visible (bool, optional): Whether the
        suggestion is visible     - metadata (dict, optional): Additional suggestion metadata
        Query Parameters (DELETE):     suggestion_id (int, required): The ID of the suggestion
        to delete  Returns:     GET: A paginated JSON response containing course suggestions:
        {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/course/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"course_id\": \"course-v1:org+course+run\",                     \"course_name\":
        \"Introduction to Programming\"                 },                 ...             ]
        }      POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"course_id\": \"course-v1:org+course+run\",
        \"course_name\": \"Introduction to Programming\"         }      DELETE: A success
        response with status 200  Error Responses:     400 Bad Request: If required parameters
        are missing or invalid, or if suggestion operations fail     401 Unauthorized: If the
        user is not authenticated     403 Forbidden: If the user does not have permission to
        manage suggestions     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform
        permission     - Platform admins can manage suggestions for their platform     -
        Department admins can manage suggestions for their departments     - DM admins can
        manage all suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (CourseSuggestionCreate, request body): Request serializer for
                CourseSuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, course_id,
                user_id, username, email, accepted, visible, metadata, suggested_by, direct,
                body_department_mode

        Returns:
            CourseSuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.course.manage.create",
            body,
            CourseSuggestionCreate,
            ["body_platform_key", "course_id", "user_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("course_id", "course_id", course_id),
                ("user_id", "user_id", user_id),
                ("username", "username", username),
                ("email", "email", email),
                ("accepted", "accepted", accepted),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
                ("suggested_by", "suggested_by", suggested_by),
                ("direct", "direct", direct),
                ("body_department_mode", "department_mode", body_department_mode),
            ),
        )
        return await self._client._send(
            _catalog_suggestions_course_manage_create.OPERATION,
            _catalog_suggestions_course_manage_create.build_request(
                platform_key=platform_key,
                department_mode=department_mode,
                page=page,
                page_size=page_size,
                platform_org=platform_org,
                query=query,
                sort=sort,
                body=body,
            ),
            options,
        )


class AsyncCatalogSuggestionsCourseManageResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.course.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsCourseManageResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> AsyncCatalogSuggestionsCourseManageBulkResourceWithRawResponse:
        from .bulk import AsyncCatalogSuggestionsCourseManageBulkResourceWithRawResponse

        return AsyncCatalogSuggestionsCourseManageBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def group(self) -> AsyncCatalogSuggestionsCourseManageGroupResourceWithRawResponse:
        from .group import AsyncCatalogSuggestionsCourseManageGroupResourceWithRawResponse

        return AsyncCatalogSuggestionsCourseManageGroupResourceWithRawResponse(self._resource.group)
