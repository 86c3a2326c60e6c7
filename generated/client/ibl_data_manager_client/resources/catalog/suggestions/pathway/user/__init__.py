"""`Client.catalog.suggestions.pathway.user`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_suggestions_pathway_user_retrieve as _catalog_suggestions_pathway_user_retrieve,
)
from ......models.paginated_pathway_suggestion import PaginatedPathwaySuggestion
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogSuggestionsPathwayUserResource",
    "CatalogSuggestionsPathwayUserResourceWithRawResponse",
    "AsyncCatalogSuggestionsPathwayUserResource",
    "AsyncCatalogSuggestionsPathwayUserResourceWithRawResponse",
]


class CatalogSuggestionsPathwayUserResource:
    """`Client.catalog.suggestions.pathway.user`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsPathwayUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsPathwayUserResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        username: str,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPathwaySuggestion:
        """API View for retrieving pathway suggestions for a specific user.  This endpoint allows
        users to view pathway suggestions that have been made for them, with support for
        filtering by platform and pagination.  Query Parameters:     user (str, required):
        Username or user ID to retrieve suggestions for     platform_key (str, optional): Filter
        suggestions by platform key     platform_org (str, optional): Filter suggestions by
        platform organization     sort (str, optional): Field to sort results by (default:
        '-id')     page (int, optional): Page number for pagination     page_size (int,
        optional): Number of items per page  Methods:     GET: Retrieve a paginated list of
        pathway suggestions for a user  Returns:     GET: A paginated JSON response containing
        pathway suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/pathway/user/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\"
        },                 ...             ]         }  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid, or if suggestion retrieval fails     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     500 Internal Server Error: If an unexpected
        error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or
        IsEdxUserReadOnly permission     - Users can view their own suggestions     - Platform
        admins can view suggestions for users in their platform (read-only)     - DM admins can
        view all suggestions

        Args:
            username (str, query)
            email (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (int | Unset, query)

        Returns:
            PaginatedPathwaySuggestion
        """
        return self._client._send(
            _catalog_suggestions_pathway_user_retrieve.OPERATION,
            _catalog_suggestions_pathway_user_retrieve.build_request(
                username=username,
                email=email,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )


class CatalogSuggestionsPathwayUserResourceWithRawResponse:
    """`Client.catalog.suggestions.pathway.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsPathwayUserResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogSuggestionsPathwayUserResource:
    """`AsyncClient.catalog.suggestions.pathway.user`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsPathwayUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsPathwayUserResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        username: str,
        email: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedPathwaySuggestion:
        """API View for retrieving pathway suggestions for a specific user.  This endpoint allows
        users to view pathway suggestions that have been made for them, with support for
        filtering by platform and pagination.  Query Parameters:     user (str, required):
        Username or user ID to retrieve suggestions for     platform_key (str, optional): Filter
        suggestions by platform key     platform_org (str, optional): Filter suggestions by
        platform organization     sort (str, optional): Field to sort results by (default:
        '-id')     page (int, optional): Page number for pagination     page_size (int,
        optional): Number of items per page  Methods:     GET: Retrieve a paginated list of
        pathway suggestions for a user  Returns:     GET: A paginated JSON response containing
        pathway suggestions:         {             \"count\": 10,             \"next\":
        \"https://example.com/api/catalog/suggestions/pathway/user/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"user_id\": 456,                     \"username\":
        \"student1\",                     \"name\": \"Student Name\",
        \"platform_key\": \"platform1\",                     \"accepted\": false,
        \"visible\": true,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"modified\": \"2023-06-15T14:30:00Z\",                     \"metadata\": {},
        \"pathway_id\": \"pathway-v1:org+pathway+run\",                     \"pathway_uuid\":
        \"12345678-1234-5678-1234-567812345678\",                     \"pathway_name\": \"Data
        Science Pathway\",                     \"pathway_platform_key\": \"platform1\"
        },                 ...             ]         }  Error Responses:     400 Bad Request: If
        required parameters are missing or invalid, or if suggestion retrieval fails     401
        Unauthorized: If the user is not authenticated     403 Forbidden: If the user does not
        have permission to access this resource     500 Internal Server Error: If an unexpected
        error occurs  Access Control:     - Requires IsDMAdmin, IsPlatformAdminReadOnly, or
        IsEdxUserReadOnly permission     - Users can view their own suggestions     - Platform
        admins can view suggestions for users in their platform (read-only)     - DM admins can
        view all suggestions

        Args:
            username (str, query)
            email (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (int | Unset, query)

        Returns:
            PaginatedPathwaySuggestion
        """
        return await self._client._send(
            _catalog_suggestions_pathway_user_retrieve.OPERATION,
            _catalog_suggestions_pathway_user_retrieve.build_request(
                username=username,
                email=email,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )


class AsyncCatalogSuggestionsPathwayUserResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.pathway.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsPathwayUserResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
