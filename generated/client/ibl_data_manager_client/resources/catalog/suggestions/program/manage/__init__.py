"""`Client.catalog.suggestions.program.manage`: 3 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_suggestions_program_manage_create as _catalog_suggestions_program_manage_create,
)
from ......api.catalog import (
    catalog_suggestions_program_manage_destroy as _catalog_suggestions_program_manage_destroy,
)
from ......api.catalog import (
    catalog_suggestions_program_manage_retrieve as _catalog_suggestions_program_manage_retrieve,
)
from ......models.paginated_program_suggestion import PaginatedProgramSuggestion
from ......models.program_suggestion_create import ProgramSuggestionCreate
from ......models.program_suggestion_create_metadata import ProgramSuggestionCreateMetadata
from ......models.program_suggestion_detail import ProgramSuggestionDetail
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .bulk import (
        AsyncCatalogSuggestionsProgramManageBulkResource,
        AsyncCatalogSuggestionsProgramManageBulkResourceWithRawResponse,
        CatalogSuggestionsProgramManageBulkResource,
        CatalogSuggestionsProgramManageBulkResourceWithRawResponse,
    )
    from .group import (
        AsyncCatalogSuggestionsProgramManageGroupResource,
        AsyncCatalogSuggestionsProgramManageGroupResourceWithRawResponse,
        CatalogSuggestionsProgramManageGroupResource,
        CatalogSuggestionsProgramManageGroupResourceWithRawResponse,
    )

__all__ = [
    "CatalogSuggestionsProgramManageResource",
    "CatalogSuggestionsProgramManageResourceWithRawResponse",
    "AsyncCatalogSuggestionsProgramManageResource",
    "AsyncCatalogSuggestionsProgramManageResourceWithRawResponse",
]


class CatalogSuggestionsProgramManageResource:
    """`Client.catalog.suggestions.program.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsProgramManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsProgramManageResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CatalogSuggestionsProgramManageBulkResource:
        from .bulk import CatalogSuggestionsProgramManageBulkResource

        return CatalogSuggestionsProgramManageBulkResource(self._client)

    @cached_property
    def group(self) -> CatalogSuggestionsProgramManageGroupResource:
        from .group import CatalogSuggestionsProgramManageGroupResource

        return CatalogSuggestionsProgramManageGroupResource(self._client)

    def destroy(
        self,
        *,
        suggestion_id: int,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API View for managing program suggestions.  This endpoint allows administrators to view,
        create, update, and delete program suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of program suggestions for a platform     POST: Create or
        update a program suggestion     DELETE: Remove a program suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - program_key (str, required): The program key to suggest     -
        user_id (str/int, required): The user to suggest the program to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing program
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/program/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\"                 },                 ...             ]         }
        POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\"         }      DELETE: A success response
        with status 200  Error Responses:     400 Bad Request: If required parameters are
        missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user
        is not authenticated     403 Forbidden: If the user does not have permission to manage
        suggestions     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform
        permission     - Platform admins can manage suggestions for their platform     -
        Department admins can manage suggestions for their departments     - DM admins can
        manage all suggestions

        Args:
            suggestion_id (int, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_suggestions_program_manage_destroy.OPERATION,
            _catalog_suggestions_program_manage_destroy.build_request(
                suggestion_id=suggestion_id,
                department_mode=department_mode,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
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
    ) -> PaginatedProgramSuggestion:
        """API View for managing program suggestions.  This endpoint allows administrators to view,
        create, update, and delete program suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of program suggestions for a platform     POST: Create or
        update a program suggestion     DELETE: Remove a program suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - program_key (str, required): The program key to suggest     -
        user_id (str/int, required): The user to suggest the program to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing program
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/program/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\"                 },                 ...             ]         }
        POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\"         }      DELETE: A success response
        with status 200  Error Responses:     400 Bad Request: If required parameters are
        missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user
        is not authenticated     403 Forbidden: If the user does not have permission to manage
        suggestions     500 Internal Server Error: If an unexpected error occurs  Access
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
            PaginatedProgramSuggestion
        """
        return self._client._send(
            _catalog_suggestions_program_manage_retrieve.OPERATION,
            _catalog_suggestions_program_manage_retrieve.build_request(
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
        body: ProgramSuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramSuggestionDetail: ...

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
        program_key: str,
        user_id: str,
        body_platform_org: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: ProgramSuggestionCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramSuggestionDetail: ...

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
        body: ProgramSuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: ProgramSuggestionCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramSuggestionDetail:
        """API View for managing program suggestions.  This endpoint allows administrators to view,
        create, update, and delete program suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of program suggestions for a platform     POST: Create or
        update a program suggestion     DELETE: Remove a program suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - program_key (str, required): The program key to suggest     -
        user_id (str/int, required): The user to suggest the program to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing program
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/program/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\"                 },                 ...             ]         }
        POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\"         }      DELETE: A success response
        with status 200  Error Responses:     400 Bad Request: If required parameters are
        missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user
        is not authenticated     403 Forbidden: If the user does not have permission to manage
        suggestions     500 Internal Server Error: If an unexpected error occurs  Access
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
            body (ProgramSuggestionCreate, request body): Request serializer for
                ProgramSuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, program_key,
                user_id, body_platform_org, username, email, suggested_by, direct,
                body_department_mode, accepted, visible, metadata

        Returns:
            ProgramSuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.program.manage.create",
            body,
            ProgramSuggestionCreate,
            ["body_platform_key", "program_key", "user_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("program_key", "program_key", program_key),
                ("user_id", "user_id", user_id),
                ("body_platform_org", "platform_org", body_platform_org),
                ("username", "username", username),
                ("email", "email", email),
                ("suggested_by", "suggested_by", suggested_by),
                ("direct", "direct", direct),
                ("body_department_mode", "department_mode", body_department_mode),
                ("accepted", "accepted", accepted),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_suggestions_program_manage_create.OPERATION,
            _catalog_suggestions_program_manage_create.build_request(
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


class CatalogSuggestionsProgramManageResourceWithRawResponse:
    """`Client.catalog.suggestions.program.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsProgramManageResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> CatalogSuggestionsProgramManageBulkResourceWithRawResponse:
        from .bulk import CatalogSuggestionsProgramManageBulkResourceWithRawResponse

        return CatalogSuggestionsProgramManageBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def group(self) -> CatalogSuggestionsProgramManageGroupResourceWithRawResponse:
        from .group import CatalogSuggestionsProgramManageGroupResourceWithRawResponse

        return CatalogSuggestionsProgramManageGroupResourceWithRawResponse(self._resource.group)


class AsyncCatalogSuggestionsProgramManageResource:
    """`AsyncClient.catalog.suggestions.program.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsProgramManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsProgramManageResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCatalogSuggestionsProgramManageBulkResource:
        from .bulk import AsyncCatalogSuggestionsProgramManageBulkResource

        return AsyncCatalogSuggestionsProgramManageBulkResource(self._client)

    @cached_property
    def group(self) -> AsyncCatalogSuggestionsProgramManageGroupResource:
        from .group import AsyncCatalogSuggestionsProgramManageGroupResource

        return AsyncCatalogSuggestionsProgramManageGroupResource(self._client)

    async def destroy(
        self,
        *,
        suggestion_id: int,
        department_mode: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API View for managing program suggestions.  This endpoint allows administrators to view,
        create, update, and delete program suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of program suggestions for a platform     POST: Create or
        update a program suggestion     DELETE: Remove a program suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - program_key (str, required): The program key to suggest     -
        user_id (str/int, required): The user to suggest the program to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing program
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/program/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\"                 },                 ...             ]         }
        POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\"         }      DELETE: A success response
        with status 200  Error Responses:     400 Bad Request: If required parameters are
        missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user
        is not authenticated     403 Forbidden: If the user does not have permission to manage
        suggestions     500 Internal Server Error: If an unexpected error occurs  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform
        permission     - Platform admins can manage suggestions for their platform     -
        Department admins can manage suggestions for their departments     - DM admins can
        manage all suggestions

        Args:
            suggestion_id (int, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_suggestions_program_manage_destroy.OPERATION,
            _catalog_suggestions_program_manage_destroy.build_request(
                suggestion_id=suggestion_id,
                department_mode=department_mode,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
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
    ) -> PaginatedProgramSuggestion:
        """API View for managing program suggestions.  This endpoint allows administrators to view,
        create, update, and delete program suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of program suggestions for a platform     POST: Create or
        update a program suggestion     DELETE: Remove a program suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - program_key (str, required): The program key to suggest     -
        user_id (str/int, required): The user to suggest the program to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing program
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/program/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\"                 },                 ...             ]         }
        POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\"         }      DELETE: A success response
        with status 200  Error Responses:     400 Bad Request: If required parameters are
        missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user
        is not authenticated     403 Forbidden: If the user does not have permission to manage
        suggestions     500 Internal Server Error: If an unexpected error occurs  Access
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
            PaginatedProgramSuggestion
        """
        return await self._client._send(
            _catalog_suggestions_program_manage_retrieve.OPERATION,
            _catalog_suggestions_program_manage_retrieve.build_request(
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
        body: ProgramSuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramSuggestionDetail: ...

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
        program_key: str,
        user_id: str,
        body_platform_org: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: ProgramSuggestionCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramSuggestionDetail: ...

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
        body: ProgramSuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: ProgramSuggestionCreateMetadata | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramSuggestionDetail:
        """API View for managing program suggestions.  This endpoint allows administrators to view,
        create, update, and delete program suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of program suggestions for a platform     POST: Create or
        update a program suggestion     DELETE: Remove a program suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - program_key (str, required): The program key to suggest     -
        user_id (str/int, required): The user to suggest the program to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing program
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/program/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\"                 },                 ...             ]         }
        POST: A JSON response containing the created/updated suggestion:         {
        \"id\": 123,             \"user_id\": 456,             \"username\": \"student1\",
        \"name\": \"Student Name\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\"         }      DELETE: A success response
        with status 200  Error Responses:     400 Bad Request: If required parameters are
        missing or invalid, or if suggestion operations fail     401 Unauthorized: If the user
        is not authenticated     403 Forbidden: If the user does not have permission to manage
        suggestions     500 Internal Server Error: If an unexpected error occurs  Access
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
            body (ProgramSuggestionCreate, request body): Request serializer for
                ProgramSuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, program_key,
                user_id, body_platform_org, username, email, suggested_by, direct,
                body_department_mode, accepted, visible, metadata

        Returns:
            ProgramSuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.program.manage.create",
            body,
            ProgramSuggestionCreate,
            ["body_platform_key", "program_key", "user_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("program_key", "program_key", program_key),
                ("user_id", "user_id", user_id),
                ("body_platform_org", "platform_org", body_platform_org),
                ("username", "username", username),
                ("email", "email", email),
                ("suggested_by", "suggested_by", suggested_by),
                ("direct", "direct", direct),
                ("body_department_mode", "department_mode", body_department_mode),
                ("accepted", "accepted", accepted),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_suggestions_program_manage_create.OPERATION,
            _catalog_suggestions_program_manage_create.build_request(
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


class AsyncCatalogSuggestionsProgramManageResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.program.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsProgramManageResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> AsyncCatalogSuggestionsProgramManageBulkResourceWithRawResponse:
        from .bulk import AsyncCatalogSuggestionsProgramManageBulkResourceWithRawResponse

        return AsyncCatalogSuggestionsProgramManageBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def group(self) -> AsyncCatalogSuggestionsProgramManageGroupResourceWithRawResponse:
        from .group import AsyncCatalogSuggestionsProgramManageGroupResourceWithRawResponse

        return AsyncCatalogSuggestionsProgramManageGroupResourceWithRawResponse(
            self._resource.group
        )
