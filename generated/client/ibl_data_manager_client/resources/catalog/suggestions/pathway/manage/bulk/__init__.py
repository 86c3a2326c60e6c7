"""`Client.catalog.suggestions.pathway.manage.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_suggestions_pathway_manage_bulk_create as _catalog_suggestions_pathway_manage_bulk_create,
)
from .......models.bulk_suggestion_response import BulkSuggestionResponse
from .......models.pathway_suggestion_bulk_create import PathwaySuggestionBulkCreate
from .......models.pathway_suggestion_bulk_create_suggestion_data_item import (
    PathwaySuggestionBulkCreateSuggestionDataItem,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogSuggestionsPathwayManageBulkResource",
    "CatalogSuggestionsPathwayManageBulkResourceWithRawResponse",
    "AsyncCatalogSuggestionsPathwayManageBulkResource",
    "AsyncCatalogSuggestionsPathwayManageBulkResourceWithRawResponse",
]


class CatalogSuggestionsPathwayManageBulkResource:
    """`Client.catalog.suggestions.pathway.manage.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsPathwayManageBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsPathwayManageBulkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: PathwaySuggestionBulkCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        suggestion_data: list[PathwaySuggestionBulkCreateSuggestionDataItem],
        platform_org: str | Unset = UNSET,
        department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse: ...

    def create(
        self,
        *,
        body: PathwaySuggestionBulkCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        suggestion_data: list[PathwaySuggestionBulkCreateSuggestionDataItem] | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse:
        """API View for bulk creation of pathway suggestions.  This endpoint allows administrators
        to create multiple pathway suggestions at once.  Methods:     POST: Create multiple
        pathway suggestions in a single request  Request Body:     A JSON object containing:
        - platform_key (str, required): The platform for the suggestions     - suggestion_data
        (list, required): List of suggestion objects, each containing:       - pathway_id (str,
        required): The pathway ID to suggest       - user_id (str/int, required): The user to
        suggest the pathway to       - accepted (bool, optional): Whether the suggestion is
        accepted       - visible (bool, optional): Whether the suggestion is visible       -
        metadata (dict, optional): Additional suggestion metadata  Returns:     POST: A JSON
        response containing the operation results:         {             \"successes\": 15,
        \"error_codes\": []         }  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions     500
        Internal Server Error: If an unexpected error occurs during bulk creation  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform
        permission     - Platform admins can create suggestions for their platform     -
        Department admins can create suggestions for their departments     - DM admins can
        create suggestions for any platform

        Args:
            body (PathwaySuggestionBulkCreate, request body): Request serializer for
                PathwaySuggestionBulkManagementView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, suggestion_data,
                platform_org, department_mode

        Returns:
            BulkSuggestionResponse
        """
        body = body_from_fields(
            "catalog.suggestions.pathway.manage.bulk.create",
            body,
            PathwaySuggestionBulkCreate,
            ["platform_key", "suggestion_data"],
            (
                ("platform_key", "platform_key", platform_key),
                ("suggestion_data", "suggestion_data", suggestion_data),
                ("platform_org", "platform_org", platform_org),
                ("department_mode", "department_mode", department_mode),
            ),
        )
        return self._client._send(
            _catalog_suggestions_pathway_manage_bulk_create.OPERATION,
            _catalog_suggestions_pathway_manage_bulk_create.build_request(body=body),
            options,
        )


class CatalogSuggestionsPathwayManageBulkResourceWithRawResponse:
    """`Client.catalog.suggestions.pathway.manage.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsPathwayManageBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogSuggestionsPathwayManageBulkResource:
    """`AsyncClient.catalog.suggestions.pathway.manage.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsPathwayManageBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsPathwayManageBulkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: PathwaySuggestionBulkCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        suggestion_data: list[PathwaySuggestionBulkCreateSuggestionDataItem],
        platform_org: str | Unset = UNSET,
        department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse: ...

    async def create(
        self,
        *,
        body: PathwaySuggestionBulkCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        suggestion_data: list[PathwaySuggestionBulkCreateSuggestionDataItem] | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse:
        """API View for bulk creation of pathway suggestions.  This endpoint allows administrators
        to create multiple pathway suggestions at once.  Methods:     POST: Create multiple
        pathway suggestions in a single request  Request Body:     A JSON object containing:
        - platform_key (str, required): The platform for the suggestions     - suggestion_data
        (list, required): List of suggestion objects, each containing:       - pathway_id (str,
        required): The pathway ID to suggest       - user_id (str/int, required): The user to
        suggest the pathway to       - accepted (bool, optional): Whether the suggestion is
        accepted       - visible (bool, optional): Whether the suggestion is visible       -
        metadata (dict, optional): Additional suggestion metadata  Returns:     POST: A JSON
        response containing the operation results:         {             \"successes\": 15,
        \"error_codes\": []         }  Error Responses:     400 Bad Request: If required
        parameters are missing or invalid     401 Unauthorized: If the user is not authenticated
        403 Forbidden: If the user does not have permission to manage suggestions     500
        Internal Server Error: If an unexpected error occurs during bulk creation  Access
        Control:     - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform
        permission     - Platform admins can create suggestions for their platform     -
        Department admins can create suggestions for their departments     - DM admins can
        create suggestions for any platform

        Args:
            body (PathwaySuggestionBulkCreate, request body): Request serializer for
                PathwaySuggestionBulkManagementView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, suggestion_data,
                platform_org, department_mode

        Returns:
            BulkSuggestionResponse
        """
        body = body_from_fields(
            "catalog.suggestions.pathway.manage.bulk.create",
            body,
            PathwaySuggestionBulkCreate,
            ["platform_key", "suggestion_data"],
            (
                ("platform_key", "platform_key", platform_key),
                ("suggestion_data", "suggestion_data", suggestion_data),
                ("platform_org", "platform_org", platform_org),
                ("department_mode", "department_mode", department_mode),
            ),
        )
        return await self._client._send(
            _catalog_suggestions_pathway_manage_bulk_create.OPERATION,
            _catalog_suggestions_pathway_manage_bulk_create.build_request(body=body),
            options,
        )


class AsyncCatalogSuggestionsPathwayManageBulkResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.pathway.manage.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsPathwayManageBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
