"""`Client.catalog.suggestions.pathway.manage`: 3 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_suggestions_pathway_manage_create as _catalog_suggestions_pathway_manage_create,
)
from ......api.catalog import (
    catalog_suggestions_pathway_manage_destroy as _catalog_suggestions_pathway_manage_destroy,
)
from ......api.catalog import (
    catalog_suggestions_pathway_manage_retrieve as _catalog_suggestions_pathway_manage_retrieve,
)
from ......models.paginated_pathway_suggestion import PaginatedPathwaySuggestion
from ......models.pathway_suggestion_create import PathwaySuggestionCreate
from ......models.pathway_suggestion_create_metadata import PathwaySuggestionCreateMetadata
from ......models.pathway_suggestion_detail import PathwaySuggestionDetail
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .bulk import (
        AsyncCatalogSuggestionsPathwayManageBulkResource,
        AsyncCatalogSuggestionsPathwayManageBulkResourceWithRawResponse,
        CatalogSuggestionsPathwayManageBulkResource,
        CatalogSuggestionsPathwayManageBulkResourceWithRawResponse,
    )
    from .group import (
        AsyncCatalogSuggestionsPathwayManageGroupResource,
        AsyncCatalogSuggestionsPathwayManageGroupResourceWithRawResponse,
        CatalogSuggestionsPathwayManageGroupResource,
        CatalogSuggestionsPathwayManageGroupResourceWithRawResponse,
    )

__all__ = [
    "CatalogSuggestionsPathwayManageResource",
    "CatalogSuggestionsPathwayManageResourceWithRawResponse",
    "AsyncCatalogSuggestionsPathwayManageResource",
    "AsyncCatalogSuggestionsPathwayManageResourceWithRawResponse",
]


class CatalogSuggestionsPathwayManageResource:
    """`Client.catalog.suggestions.pathway.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsPathwayManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsPathwayManageResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CatalogSuggestionsPathwayManageBulkResource:
        from .bulk import CatalogSuggestionsPathwayManageBulkResource

        return CatalogSuggestionsPathwayManageBulkResource(self._client)

    @cached_property
    def group(self) -> CatalogSuggestionsPathwayManageGroupResource:
        from .group import CatalogSuggestionsPathwayManageGroupResource

        return CatalogSuggestionsPathwayManageGroupResource(self._client)

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
            _catalog_suggestions_pathway_manage_destroy.OPERATION,
            _catalog_suggestions_pathway_manage_destroy.build_request(
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
    ) -> PaginatedPathwaySuggestion:
        """API View for managing pathway suggestions.  This endpoint allows administrators to view,
        create, update, and delete pathway suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of pathway suggestions for a platform     POST: Create or
        update a pathway suggestion     DELETE: Remove a pathway suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - pathway_id (str, required): The pathway ID to suggest     -
        user_id (str/int, required): The user to suggest the pathway to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing pathway
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/pathway/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\"
        },                 ...             ]         }      POST: A JSON response containing the
        created/updated suggestion:         {             \"id\": 123,             \"user_id\":
        456,             \"username\": \"student1\",             \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\"         }      DELETE: A
        success response with status 200  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid, or if suggestion operations fail     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to manage suggestions     500 Internal Server Error: If an unexpected
        error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions
        for their platform     - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedPathwaySuggestion
        """
        return self._client._send(
            _catalog_suggestions_pathway_manage_retrieve.OPERATION,
            _catalog_suggestions_pathway_manage_retrieve.build_request(
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
        body: PathwaySuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> PathwaySuggestionDetail: ...

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
        pathway_id: str,
        pathway_uuid: str,
        user_id: str,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: PathwaySuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwaySuggestionDetail: ...

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
        body: PathwaySuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: PathwaySuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwaySuggestionDetail:
        """API View for managing pathway suggestions.  This endpoint allows administrators to view,
        create, update, and delete pathway suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of pathway suggestions for a platform     POST: Create or
        update a pathway suggestion     DELETE: Remove a pathway suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - pathway_id (str, required): The pathway ID to suggest     -
        user_id (str/int, required): The user to suggest the pathway to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing pathway
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/pathway/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\"
        },                 ...             ]         }      POST: A JSON response containing the
        created/updated suggestion:         {             \"id\": 123,             \"user_id\":
        456,             \"username\": \"student1\",             \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\"         }      DELETE: A
        success response with status 200  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid, or if suggestion operations fail     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to manage suggestions     500 Internal Server Error: If an unexpected
        error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions
        for their platform     - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (PathwaySuggestionCreate, request body): Request serializer for
                PathwaySuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, pathway_id,
                pathway_uuid, user_id, username, email, accepted, visible, metadata,
                suggested_by, direct, body_department_mode

        Returns:
            PathwaySuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.pathway.manage.create",
            body,
            PathwaySuggestionCreate,
            ["body_platform_key", "pathway_id", "pathway_uuid", "user_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("pathway_id", "pathway_id", pathway_id),
                ("pathway_uuid", "pathway_uuid", pathway_uuid),
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
            _catalog_suggestions_pathway_manage_create.OPERATION,
            _catalog_suggestions_pathway_manage_create.build_request(
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


class CatalogSuggestionsPathwayManageResourceWithRawResponse:
    """`Client.catalog.suggestions.pathway.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsPathwayManageResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> CatalogSuggestionsPathwayManageBulkResourceWithRawResponse:
        from .bulk import CatalogSuggestionsPathwayManageBulkResourceWithRawResponse

        return CatalogSuggestionsPathwayManageBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def group(self) -> CatalogSuggestionsPathwayManageGroupResourceWithRawResponse:
        from .group import CatalogSuggestionsPathwayManageGroupResourceWithRawResponse

        return CatalogSuggestionsPathwayManageGroupResourceWithRawResponse(self._resource.group)


class AsyncCatalogSuggestionsPathwayManageResource:
    """`AsyncClient.catalog.suggestions.pathway.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsPathwayManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsPathwayManageResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCatalogSuggestionsPathwayManageBulkResource:
        from .bulk import AsyncCatalogSuggestionsPathwayManageBulkResource

        return AsyncCatalogSuggestionsPathwayManageBulkResource(self._client)

    @cached_property
    def group(self) -> AsyncCatalogSuggestionsPathwayManageGroupResource:
        from .group import AsyncCatalogSuggestionsPathwayManageGroupResource

        return AsyncCatalogSuggestionsPathwayManageGroupResource(self._client)

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
            _catalog_suggestions_pathway_manage_destroy.OPERATION,
            _catalog_suggestions_pathway_manage_destroy.build_request(
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
    ) -> PaginatedPathwaySuggestion:
        """API View for managing pathway suggestions.  This endpoint allows administrators to view,
        create, update, and delete pathway suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of pathway suggestions for a platform     POST: Create or
        update a pathway suggestion     DELETE: Remove a pathway suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - pathway_id (str, required): The pathway ID to suggest     -
        user_id (str/int, required): The user to suggest the pathway to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing pathway
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/pathway/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\"
        },                 ...             ]         }      POST: A JSON response containing the
        created/updated suggestion:         {             \"id\": 123,             \"user_id\":
        456,             \"username\": \"student1\",             \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\"         }      DELETE: A
        success response with status 200  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid, or if suggestion operations fail     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to manage suggestions     500 Internal Server Error: If an unexpected
        error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions
        for their platform     - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedPathwaySuggestion
        """
        return await self._client._send(
            _catalog_suggestions_pathway_manage_retrieve.OPERATION,
            _catalog_suggestions_pathway_manage_retrieve.build_request(
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
        body: PathwaySuggestionCreate,
        **options: Unpack[RequestOptions],
    ) -> PathwaySuggestionDetail: ...

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
        pathway_id: str,
        pathway_uuid: str,
        user_id: str,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: PathwaySuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwaySuggestionDetail: ...

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
        body: PathwaySuggestionCreate | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        pathway_uuid: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        accepted: bool | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: PathwaySuggestionCreateMetadata | Unset = UNSET,
        suggested_by: str | Unset = UNSET,
        direct: bool | Unset = UNSET,
        body_department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwaySuggestionDetail:
        """API View for managing pathway suggestions.  This endpoint allows administrators to view,
        create, update, and delete pathway suggestions for users within a platform.  Query
        Parameters (GET):     platform_key (str, required): The platform to retrieve suggestions
        for     platform_org (str, optional): The organization identifier for the platform
        query (str, optional): Search term to filter suggestions     sort (str, optional): Field
        to sort results by (default: '-id')     department_mode (bool, optional): Filter
        suggestions by department admin access     page (int, optional): Page number for
        pagination     page_size (int, optional): Number of items per page  Methods:     GET:
        Retrieve a paginated list of pathway suggestions for a platform     POST: Create or
        update a pathway suggestion     DELETE: Remove a pathway suggestion  Request Body
        (POST):     A JSON object containing:     - platform_key (str, required): The platform
        for the suggestion     - pathway_id (str, required): The pathway ID to suggest     -
        user_id (str/int, required): The user to suggest the pathway to     - accepted (bool,
        optional): Whether the suggestion is accepted     - visible (bool, optional): Whether
        the suggestion is visible     - metadata (dict, optional): Additional suggestion
        metadata  Query Parameters (DELETE):     suggestion_id (int, required): The ID of the
        suggestion to delete  Returns:     GET: A paginated JSON response containing pathway
        suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/pathway/manage/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\"
        },                 ...             ]         }      POST: A JSON response containing the
        created/updated suggestion:         {             \"id\": 123,             \"user_id\":
        456,             \"username\": \"student1\",             \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",             \"accepted\": false,
        \"visible\": true,             \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",             \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",             \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",             \"pathway_name\": \"Data Science
        Pathway\",             \"pathway_platform_key\": \"platform1\"         }      DELETE: A
        success response with status 200  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid, or if suggestion operations fail     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to manage suggestions     500 Internal Server Error: If an unexpected
        error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can manage suggestions
        for their platform     - Department admins can manage suggestions for their departments
        - DM admins can manage all suggestions

        Args:
            platform_key (str, query)
            department_mode (bool | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (PathwaySuggestionCreate, request body): Request serializer for
                PathwaySuggestionManagementView POST endpoint
            Or the body's fields as keywords instead of body=: body_platform_key, pathway_id,
                pathway_uuid, user_id, username, email, accepted, visible, metadata,
                suggested_by, direct, body_department_mode

        Returns:
            PathwaySuggestionDetail
        """
        body = body_from_fields(
            "catalog.suggestions.pathway.manage.create",
            body,
            PathwaySuggestionCreate,
            ["body_platform_key", "pathway_id", "pathway_uuid", "user_id"],
            (
                ("body_platform_key", "platform_key", body_platform_key),
                ("pathway_id", "pathway_id", pathway_id),
                ("pathway_uuid", "pathway_uuid", pathway_uuid),
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
            _catalog_suggestions_pathway_manage_create.OPERATION,
            _catalog_suggestions_pathway_manage_create.build_request(
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


class AsyncCatalogSuggestionsPathwayManageResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.pathway.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsPathwayManageResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> AsyncCatalogSuggestionsPathwayManageBulkResourceWithRawResponse:
        from .bulk import AsyncCatalogSuggestionsPathwayManageBulkResourceWithRawResponse

        return AsyncCatalogSuggestionsPathwayManageBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def group(self) -> AsyncCatalogSuggestionsPathwayManageGroupResourceWithRawResponse:
        from .group import AsyncCatalogSuggestionsPathwayManageGroupResourceWithRawResponse

        return AsyncCatalogSuggestionsPathwayManageGroupResourceWithRawResponse(
            self._resource.group
        )
