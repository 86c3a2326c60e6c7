"""`Client.catalog.suggestions.pathway.manage.group`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_suggestions_pathway_manage_group_create as _catalog_suggestions_pathway_manage_group_create,
)
from .......api.catalog import (
    catalog_suggestions_pathway_manage_group_destroy as _catalog_suggestions_pathway_manage_group_destroy,
)
from .......api.catalog import (
    catalog_suggestions_pathway_manage_group_retrieve as _catalog_suggestions_pathway_manage_group_retrieve,
)
from .......models.paginated_pathway_group_suggestion import PaginatedPathwayGroupSuggestion
from .......models.pathway_group_suggestion_create import PathwayGroupSuggestionCreate
from .......models.pathway_group_suggestion_create_metadata import (
    PathwayGroupSuggestionCreateMetadata,
)
from .......models.pathway_group_suggestion_detail import PathwayGroupSuggestionDetail
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogSuggestionsPathwayManageGroupResource",
    "CatalogSuggestionsPathwayManageGroupResourceWithRawResponse",
    "AsyncCatalogSuggestionsPathwayManageGroupResource",
    "AsyncCatalogSuggestionsPathwayManageGroupResourceWithRawResponse",
]


class CatalogSuggestionsPathwayManageGroupResource:
    """`Client.catalog.suggestions.pathway.manage.group`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsPathwayManageGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsPathwayManageGroupResourceWithRawResponse(self)

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
        """API View for managing pathway group suggestions.  This endpoint allows administrators to
        view, create, and delete pathway suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform     POST:
        Create or update a pathway group suggestion     DELETE: Remove a pathway group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - pathway_id (str, required): The
        pathway ID to suggest     - group_id (str/int, required): The group to suggest the
        pathway to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing pathway group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/pathway/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25                 },                 ...             ]         }
        POST: A JSON response containing the created/updated group suggestion:         {
        \"id\": 123,             \"group_id\": 789,             \"group_name\": \"Engineering
        Team\",             \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid, or if
        group suggestion operations fail     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions     500
        Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform
        admins can manage group suggestions for their platform     - Department admins can
        manage group suggestions for their departments     - DM admins can manage all group
        suggestions

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
            _catalog_suggestions_pathway_manage_group_destroy.OPERATION,
            _catalog_suggestions_pathway_manage_group_destroy.build_request(
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
    ) -> PaginatedPathwayGroupSuggestion:
        """API View for managing pathway group suggestions.  This endpoint allows administrators to
        view, create, and delete pathway suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform     POST:
        Create or update a pathway group suggestion     DELETE: Remove a pathway group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - pathway_id (str, required): The
        pathway ID to suggest     - group_id (str/int, required): The group to suggest the
        pathway to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing pathway group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/pathway/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25                 },                 ...             ]         }
        POST: A JSON response containing the created/updated group suggestion:         {
        \"id\": 123,             \"group_id\": 789,             \"group_name\": \"Engineering
        Team\",             \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid, or if
        group suggestion operations fail     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions     500
        Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform
        admins can manage group suggestions for their platform     - Department admins can
        manage group suggestions for their departments     - DM admins can manage all group
        suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedPathwayGroupSuggestion
        """
        return self._client._send(
            _catalog_suggestions_pathway_manage_group_retrieve.OPERATION,
            _catalog_suggestions_pathway_manage_group_retrieve.build_request(
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
        body: PathwayGroupSuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> PathwayGroupSuggestionDetail: ...

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
        pathway_uuid: str,
        group_id: int,
        body_platform_org: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: PathwayGroupSuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayGroupSuggestionDetail: ...

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
        body: PathwayGroupSuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: PathwayGroupSuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayGroupSuggestionDetail:
        """API View for managing pathway group suggestions.  This endpoint allows administrators to
        view, create, and delete pathway suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform     POST:
        Create or update a pathway group suggestion     DELETE: Remove a pathway group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - pathway_id (str, required): The
        pathway ID to suggest     - group_id (str/int, required): The group to suggest the
        pathway to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing pathway group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/pathway/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25                 },                 ...             ]         }
        POST: A JSON response containing the created/updated group suggestion:         {
        \"id\": 123,             \"group_id\": 789,             \"group_name\": \"Engineering
        Team\",             \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid, or if
        group suggestion operations fail     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions     500
        Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform
        admins can manage group suggestions for their platform     - Department admins can
        manage group suggestions for their departments     - DM admins can manage all group
        suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (PathwayGroupSuggestionCreate, request body): Request serializer for
                PathwayGroupSuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, pathway_uuid,
                group_id, body_platform_org, accepted, visible, metadata, suggested_by,
                body_department_mode

        Returns:
            PathwayGroupSuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.pathway.manage.group.create",
            body,
            PathwayGroupSuggestionCreate,
            ["body_platform_key", "pathway_uuid", "group_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("pathway_uuid", "pathway_uuid", pathway_uuid),
                ("group_id", "group_id", group_id),
                ("body_platform_org", "platform_org", body_platform_org),
                ("accepted", "accepted", accepted),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
                ("suggested_by", "suggested_by", suggested_by),
                ("body_department_mode", "department_mode", body_department_mode),
            ),
        )
        return self._client._send(
            _catalog_suggestions_pathway_manage_group_create.OPERATION,
            _catalog_suggestions_pathway_manage_group_create.build_request(
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


class CatalogSuggestionsPathwayManageGroupResourceWithRawResponse:
    """`Client.catalog.suggestions.pathway.manage.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsPathwayManageGroupResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogSuggestionsPathwayManageGroupResource:
    """`AsyncClient.catalog.suggestions.pathway.manage.group`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsPathwayManageGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsPathwayManageGroupResourceWithRawResponse(self)

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
        """API View for managing pathway group suggestions.  This endpoint allows administrators to
        view, create, and delete pathway suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform     POST:
        Create or update a pathway group suggestion     DELETE: Remove a pathway group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - pathway_id (str, required): The
        pathway ID to suggest     - group_id (str/int, required): The group to suggest the
        pathway to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing pathway group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/pathway/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25                 },                 ...             ]         }
        POST: A JSON response containing the created/updated group suggestion:         {
        \"id\": 123,             \"group_id\": 789,             \"group_name\": \"Engineering
        Team\",             \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid, or if
        group suggestion operations fail     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions     500
        Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform
        admins can manage group suggestions for their platform     - Department admins can
        manage group suggestions for their departments     - DM admins can manage all group
        suggestions

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
            _catalog_suggestions_pathway_manage_group_destroy.OPERATION,
            _catalog_suggestions_pathway_manage_group_destroy.build_request(
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
    ) -> PaginatedPathwayGroupSuggestion:
        """API View for managing pathway group suggestions.  This endpoint allows administrators to
        view, create, and delete pathway suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform     POST:
        Create or update a pathway group suggestion     DELETE: Remove a pathway group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - pathway_id (str, required): The
        pathway ID to suggest     - group_id (str/int, required): The group to suggest the
        pathway to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing pathway group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/pathway/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25                 },                 ...             ]         }
        POST: A JSON response containing the created/updated group suggestion:         {
        \"id\": 123,             \"group_id\": 789,             \"group_name\": \"Engineering
        Team\",             \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid, or if
        group suggestion operations fail     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions     500
        Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform
        admins can manage group suggestions for their platform     - Department admins can
        manage group suggestions for their departments     - DM admins can manage all group
        suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedPathwayGroupSuggestion
        """
        return await self._client._send(
            _catalog_suggestions_pathway_manage_group_retrieve.OPERATION,
            _catalog_suggestions_pathway_manage_group_retrieve.build_request(
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
        body: PathwayGroupSuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> PathwayGroupSuggestionDetail: ...

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
        pathway_uuid: str,
        group_id: int,
        body_platform_org: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: PathwayGroupSuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayGroupSuggestionDetail: ...

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
        body: PathwayGroupSuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        body_platform_org: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: PathwayGroupSuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayGroupSuggestionDetail:
        """API View for managing pathway group suggestions.  This endpoint allows administrators to
        view, create, and delete pathway suggestions for groups of users within a platform.
        Query Parameters (GET):     platform_key (str, required): The platform to retrieve group
        suggestions for     platform_org (str, optional): The organization identifier for the
        platform     query (str, optional): Search term to filter group suggestions     sort
        (str, optional): Field to sort results by (default: 'id')     department_mode (bool,
        optional): Filter suggestions by department admin access     page (int, optional): Page
        number for pagination     page_size (int, optional): Number of items per page  Methods:
        GET: Retrieve a paginated list of pathway group suggestions for a platform     POST:
        Create or update a pathway group suggestion     DELETE: Remove a pathway group
        suggestion  Request Body (POST):     A JSON object containing:     - platform_key (str,
        required): The platform for the group suggestion     - pathway_id (str, required): The
        pathway ID to suggest     - group_id (str/int, required): The group to suggest the
        pathway to     - accepted (bool, optional): Whether the suggestion is accepted     -
        visible (bool, optional): Whether the suggestion is visible     - metadata (dict,
        optional): Additional suggestion metadata  Query Parameters (DELETE):     suggestion_id
        (int, required): The ID of the group suggestion to delete  Returns:     GET: A paginated
        JSON response containing pathway group suggestions:         {             \"count\": 5,
        \"next\": \"https://example.com/api/catalog/suggestions/pathway/group/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"group_id\": 789,                     \"group_name\":
        \"Engineering Team\",                     \"platform_key\": \"platform1\",
        \"accepted\": false,                     \"visible\": true,
        \"created\": \"2023-06-15T14:30:00Z\",                     \"modified\":
        \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25                 },                 ...             ]         }
        POST: A JSON response containing the created/updated group suggestion:         {
        \"id\": 123,             \"group_id\": 789,             \"group_name\": \"Engineering
        Team\",             \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\",
        \"user_count\": 25         }      DELETE: A success response with status 200  Error
        Responses:     400 Bad Request: If required parameters are missing or invalid, or if
        group suggestion operations fail     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage group suggestions     500
        Internal Server Error: If an unexpected error occurs  Access Control:     - Requires
        IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission     - Platform
        admins can manage group suggestions for their platform     - Department admins can
        manage group suggestions for their departments     - DM admins can manage all group
        suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (PathwayGroupSuggestionCreate, request body): Request serializer for
                PathwayGroupSuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, pathway_uuid,
                group_id, body_platform_org, accepted, visible, metadata, suggested_by,
                body_department_mode

        Returns:
            PathwayGroupSuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.pathway.manage.group.create",
            body,
            PathwayGroupSuggestionCreate,
            ["body_platform_key", "pathway_uuid", "group_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("pathway_uuid", "pathway_uuid", pathway_uuid),
                ("group_id", "group_id", group_id),
                ("body_platform_org", "platform_org", body_platform_org),
                ("accepted", "accepted", accepted),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
                ("suggested_by", "suggested_by", suggested_by),
                ("body_department_mode", "department_mode", body_department_mode),
            ),
        )
        return await self._client._send(
            _catalog_suggestions_pathway_manage_group_create.OPERATION,
            _catalog_suggestions_pathway_manage_group_create.build_request(
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


class AsyncCatalogSuggestionsPathwayManageGroupResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.pathway.manage.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsPathwayManageGroupResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
