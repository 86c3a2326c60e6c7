"""`Client.catalog.suggestions.program.manage.group`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_suggestions_program_manage_group_create as _catalog_suggestions_program_manage_group_create,
)
from .......api.catalog import (
    catalog_suggestions_program_manage_group_destroy as _catalog_suggestions_program_manage_group_destroy,
)
from .......api.catalog import (
    catalog_suggestions_program_manage_group_retrieve as _catalog_suggestions_program_manage_group_retrieve,
)
from .......models.paginated_program_group_suggestion import PaginatedProgramGroupSuggestion
from .......models.program_group_suggestion_create import ProgramGroupSuggestionCreate
from .......models.program_group_suggestion_create_metadata import (
    ProgramGroupSuggestionCreateMetadata,
)
from .......models.program_group_suggestion_detail import ProgramGroupSuggestionDetail
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogSuggestionsProgramManageGroupResource",
    "CatalogSuggestionsProgramManageGroupResourceWithRawResponse",
    "AsyncCatalogSuggestionsProgramManageGroupResource",
    "AsyncCatalogSuggestionsProgramManageGroupResourceWithRawResponse",
]


class CatalogSuggestionsProgramManageGroupResource:
    """`Client.catalog.suggestions.program.manage.group`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsProgramManageGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsProgramManageGroupResourceWithRawResponse(self)

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
        """API View for managing program group suggestions.  This endpoint allows administrators to
        view, create, and delete program suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform     POST:
        Create or update a program group suggestion     DELETE: Remove a program group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - program_key (str, required): The
        program key to suggest     - group_id (str/int, required): The group to suggest the
        program to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing program group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/program/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\",                     \"user_count\": 25                 },
        ...             ]         }      POST: A JSON response containing the created/updated
        group suggestion:         {             \"id\": 123,             \"group_id\": 789,
        \"group_name\": \"Engineering Team\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\",             \"user_count\": 25         }
        DELETE: A success response with status 200  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid, or if group suggestion operations fail
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to manage group suggestions     500 Internal Server Error: If an
        unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group
        suggestions for their platform     - Department admins can manage group suggestions for
        their departments     - DM admins can manage all group suggestions

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
            _catalog_suggestions_program_manage_group_destroy.OPERATION,
            _catalog_suggestions_program_manage_group_destroy.build_request(
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
    ) -> PaginatedProgramGroupSuggestion:
        """API View for managing program group suggestions.  This endpoint allows administrators to
        view, create, and delete program suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform     POST:
        Create or update a program group suggestion     DELETE: Remove a program group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - program_key (str, required): The
        program key to suggest     - group_id (str/int, required): The group to suggest the
        program to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing program group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/program/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\",                     \"user_count\": 25                 },
        ...             ]         }      POST: A JSON response containing the created/updated
        group suggestion:         {             \"id\": 123,             \"group_id\": 789,
        \"group_name\": \"Engineering Team\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\",             \"user_count\": 25         }
        DELETE: A success response with status 200  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid, or if group suggestion operations fail
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to manage group suggestions     500 Internal Server Error: If an
        unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group
        suggestions for their platform     - Department admins can manage group suggestions for
        their departments     - DM admins can manage all group suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedProgramGroupSuggestion
        """
        return self._client._send(
            _catalog_suggestions_program_manage_group_retrieve.OPERATION,
            _catalog_suggestions_program_manage_group_retrieve.build_request(
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
        body: ProgramGroupSuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramGroupSuggestionDetail: ...

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
        group_id: int,
        body_platform_org: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: ProgramGroupSuggestionCreateMetadata | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramGroupSuggestionDetail: ...

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
        body: ProgramGroupSuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: ProgramGroupSuggestionCreateMetadata | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramGroupSuggestionDetail:
        """API View for managing program group suggestions.  This endpoint allows administrators to
        view, create, and delete program suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform     POST:
        Create or update a program group suggestion     DELETE: Remove a program group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - program_key (str, required): The
        program key to suggest     - group_id (str/int, required): The group to suggest the
        program to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing program group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/program/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\",                     \"user_count\": 25                 },
        ...             ]         }      POST: A JSON response containing the created/updated
        group suggestion:         {             \"id\": 123,             \"group_id\": 789,
        \"group_name\": \"Engineering Team\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\",             \"user_count\": 25         }
        DELETE: A success response with status 200  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid, or if group suggestion operations fail
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to manage group suggestions     500 Internal Server Error: If an
        unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group
        suggestions for their platform     - Department admins can manage group suggestions for
        their departments     - DM admins can manage all group suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (ProgramGroupSuggestionCreate, request body): Request serializer for
                ProgramGroupSuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, program_key,
                group_id, body_platform_org, accepted, visible, metadata, body_department_mode

        Returns:
            ProgramGroupSuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.program.manage.group.create",
            body,
            ProgramGroupSuggestionCreate,
            ["body_platform_key", "program_key", "group_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("program_key", "program_key", program_key),
                ("group_id", "group_id", group_id),
                ("body_platform_org", "platform_org", body_platform_org),
                ("accepted", "accepted", accepted),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
                ("body_department_mode", "department_mode", body_department_mode),
            ),
        )
        return self._client._send(
            _catalog_suggestions_program_manage_group_create.OPERATION,
            _catalog_suggestions_program_manage_group_create.build_request(
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


class CatalogSuggestionsProgramManageGroupResourceWithRawResponse:
    """`Client.catalog.suggestions.program.manage.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsProgramManageGroupResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogSuggestionsProgramManageGroupResource:
    """`AsyncClient.catalog.suggestions.program.manage.group`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsProgramManageGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsProgramManageGroupResourceWithRawResponse(self)

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
        """API View for managing program group suggestions.  This endpoint allows administrators to
        view, create, and delete program suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform     POST:
        Create or update a program group suggestion     DELETE: Remove a program group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - program_key (str, required): The
        program key to suggest     - group_id (str/int, required): The group to suggest the
        program to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing program group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/program/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\",                     \"user_count\": 25                 },
        ...             ]         }      POST: A JSON response containing the created/updated
        group suggestion:         {             \"id\": 123,             \"group_id\": 789,
        \"group_name\": \"Engineering Team\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\",             \"user_count\": 25         }
        DELETE: A success response with status 200  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid, or if group suggestion operations fail
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to manage group suggestions     500 Internal Server Error: If an
        unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group
        suggestions for their platform     - Department admins can manage group suggestions for
        their departments     - DM admins can manage all group suggestions

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
            _catalog_suggestions_program_manage_group_destroy.OPERATION,
            _catalog_suggestions_program_manage_group_destroy.build_request(
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
    ) -> PaginatedProgramGroupSuggestion:
        """API View for managing program group suggestions.  This endpoint allows administrators to
        view, create, and delete program suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform     POST:
        Create or update a program group suggestion     DELETE: Remove a program group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - program_key (str, required): The
        program key to suggest     - group_id (str/int, required): The group to suggest the
        program to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing program group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/program/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\",                     \"user_count\": 25                 },
        ...             ]         }      POST: A JSON response containing the created/updated
        group suggestion:         {             \"id\": 123,             \"group_id\": 789,
        \"group_name\": \"Engineering Team\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\",             \"user_count\": 25         }
        DELETE: A success response with status 200  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid, or if group suggestion operations fail
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to manage group suggestions     500 Internal Server Error: If an
        unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group
        suggestions for their platform     - Department admins can manage group suggestions for
        their departments     - DM admins can manage all group suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedProgramGroupSuggestion
        """
        return await self._client._send(
            _catalog_suggestions_program_manage_group_retrieve.OPERATION,
            _catalog_suggestions_program_manage_group_retrieve.build_request(
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
        body: ProgramGroupSuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> ProgramGroupSuggestionDetail: ...

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
        group_id: int,
        body_platform_org: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: ProgramGroupSuggestionCreateMetadata | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramGroupSuggestionDetail: ...

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
        body: ProgramGroupSuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        program_key: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: ProgramGroupSuggestionCreateMetadata | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramGroupSuggestionDetail:
        """API View for managing program group suggestions.  This endpoint allows administrators to
        view, create, and delete program suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of program group suggestions for a platform     POST:
        Create or update a program group suggestion     DELETE: Remove a program group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - program_key (str, required): The
        program key to suggest     - group_id (str/int, required): The group to suggest the
        program to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing program group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/program/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"program_key\": \"program-v1:org+program+run\",                     \"program_name\":
        \"Data Science Program\",                     \"user_count\": 25                 },
        ...             ]         }      POST: A JSON response containing the created/updated
        group suggestion:         {             \"id\": 123,             \"group_id\": 789,
        \"group_name\": \"Engineering Team\",             \"platform_key\": \"platform1\",
        \"accepted\": false,             \"visible\": true,             \"created\":
        \"2023-06-15T14:30:00Z\",             \"modified\": \"2023-06-15T14:30:00Z\",
        \"metadata\": {},             \"program_key\": \"program-v1:org+program+run\",
        \"program_name\": \"Data Science Program\",             \"user_count\": 25         }
        DELETE: A success response with status 200  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid, or if group suggestion operations fail
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to manage group suggestions     500 Internal Server Error: If an
        unexpected error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage group
        suggestions for their platform     - Department admins can manage group suggestions for
        their departments     - DM admins can manage all group suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (ProgramGroupSuggestionCreate, request body): Request serializer for
                ProgramGroupSuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, program_key,
                group_id, body_platform_org, accepted, visible, metadata, body_department_mode

        Returns:
            ProgramGroupSuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.program.manage.group.create",
            body,
            ProgramGroupSuggestionCreate,
            ["body_platform_key", "program_key", "group_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("program_key", "program_key", program_key),
                ("group_id", "group_id", group_id),
                ("body_platform_org", "platform_org", body_platform_org),
                ("accepted", "accepted", accepted),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
                ("body_department_mode", "department_mode", body_department_mode),
            ),
        )
        return await self._client._send(
            _catalog_suggestions_program_manage_group_create.OPERATION,
            _catalog_suggestions_program_manage_group_create.build_request(
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


class AsyncCatalogSuggestionsProgramManageGroupResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.program.manage.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsProgramManageGroupResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
