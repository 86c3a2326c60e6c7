"""`Client.catalog.suggestions.program.manage.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_suggestions_program_manage_bulk_create as _catalog_suggestions_program_manage_bulk_create,
)
from .......models.bulk_suggestion_response import BulkSuggestionResponse
from .......models.program_suggestion_bulk_create import ProgramSuggestionBulkCreate
from .......models.program_suggestion_bulk_create_suggestion_data_item import (
    ProgramSuggestionBulkCreateSuggestionDataItem,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogSuggestionsProgramManageBulkResource",
    "CatalogSuggestionsProgramManageBulkResourceWithRawResponse",
    "AsyncCatalogSuggestionsProgramManageBulkResource",
    "AsyncCatalogSuggestionsProgramManageBulkResourceWithRawResponse",
]


class CatalogSuggestionsProgramManageBulkResource:
    """`Client.catalog.suggestions.program.manage.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsProgramManageBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsProgramManageBulkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: ProgramSuggestionBulkCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        suggestion_data: list[ProgramSuggestionBulkCreateSuggestionDataItem],
        platform_org: str | Unset = UNSET,
        department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse: ...

    def create(
        self,
        *,
        body: ProgramSuggestionBulkCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        suggestion_data: list[ProgramSuggestionBulkCreateSuggestionDataItem] | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse:
        """API View for bulk creation of program suggestions.  This endpoint allows administrators
        to create multiple program suggestions at once.  Methods:     POST: Create multiple
        program suggestions in bulk  Request Body:     A JSON object containing:     -
        platform_key (str, required): The platform for the suggestions     - suggestion_data
        (array, required): Array of suggestion objects with:       - program_key (str,
        required): The program key to suggest       - user_id (str/int, required): The user to
        suggest the program to       - accepted (bool, optional): Whether the suggestion is
        accepted       - visible (bool, optional): Whether the suggestion is visible       -
        metadata (dict, optional): Additional suggestion metadata  Returns:     POST: A JSON
        response containing the results of the bulk operation:         {
        \"successes\": 15,             \"error_codes\": []         }  Error Responses:     400
        Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the
        user is not authenticated     403 Forbidden: If the user does not have permission to
        create suggestions     500 Internal Server Error: If an unexpected error occurs during
        bulk creation  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can create suggestions
        for their platform     - Department admins can create suggestions for their departments
        - DM admins can create suggestions for all platforms

        Args:
            body (ProgramSuggestionBulkCreate, request body): Request serializer for
                ProgramSuggestionBulkManagementView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, suggestion_data,
                platform_org, department_mode

        Returns:
            BulkSuggestionResponse
        """
        body = body_from_fields(
            "catalog.suggestions.program.manage.bulk.create",
            body,
            ProgramSuggestionBulkCreate,
            ["platform_key", "suggestion_data"],
            (
                ("platform_key", "platform_key", platform_key),
                ("suggestion_data", "suggestion_data", suggestion_data),
                ("platform_org", "platform_org", platform_org),
                ("department_mode", "department_mode", department_mode),
            ),
        )
        return self._client._send(
            _catalog_suggestions_program_manage_bulk_create.OPERATION,
            _catalog_suggestions_program_manage_bulk_create.build_request(body=body),
            options,
        )


class CatalogSuggestionsProgramManageBulkResourceWithRawResponse:
    """`Client.catalog.suggestions.program.manage.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsProgramManageBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogSuggestionsProgramManageBulkResource:
    """`AsyncClient.catalog.suggestions.program.manage.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsProgramManageBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsProgramManageBulkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: ProgramSuggestionBulkCreate,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        suggestion_data: list[ProgramSuggestionBulkCreateSuggestionDataItem],
        platform_org: str | Unset = UNSET,
        department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse: ...

    async def create(
        self,
        *,
        body: ProgramSuggestionBulkCreate | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        suggestion_data: list[ProgramSuggestionBulkCreateSuggestionDataItem] | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        department_mode: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BulkSuggestionResponse:
        """API View for bulk creation of program suggestions.  This endpoint allows administrators
        to create multiple program suggestions at once.  Methods:     POST: Create multiple
        program suggestions in bulk  Request Body:     A JSON object containing:     -
        platform_key (str, required): The platform for the suggestions     - suggestion_data
        (array, required): Array of suggestion objects with:       - program_key (str,
        required): The program key to suggest       - user_id (str/int, required): The user to
        suggest the program to       - accepted (bool, optional): Whether the suggestion is
        accepted       - visible (bool, optional): Whether the suggestion is visible       -
        metadata (dict, optional): Additional suggestion metadata  Returns:     POST: A JSON
        response containing the results of the bulk operation:         {
        \"successes\": 15,             \"error_codes\": []         }  Error Responses:     400
        Bad Request: If required parameters are missing or invalid     401 Unauthorized: If the
        user is not authenticated     403 Forbidden: If the user does not have permission to
        create suggestions     500 Internal Server Error: If an unexpected error occurs during
        bulk creation  Access Control:     - Requires IsDMAdmin, IsPlatformAdmin, or
        IsDepartmentModeAdminInPlatform permission     - Platform admins can create suggestions
        for their platform     - Department admins can create suggestions for their departments
        - DM admins can create suggestions for all platforms

        Args:
            body (ProgramSuggestionBulkCreate, request body): Request serializer for
                ProgramSuggestionBulkManagementView POST endpoint
            Or the body's fields as keywords instead of body=: platform_key, suggestion_data,
                platform_org, department_mode

        Returns:
            BulkSuggestionResponse
        """
        body = body_from_fields(
            "catalog.suggestions.program.manage.bulk.create",
            body,
            ProgramSuggestionBulkCreate,
            ["platform_key", "suggestion_data"],
            (
                ("platform_key", "platform_key", platform_key),
                ("suggestion_data", "suggestion_data", suggestion_data),
                ("platform_org", "platform_org", platform_org),
                ("department_mode", "department_mode", department_mode),
            ),
        )
        return await self._client._send(
            _catalog_suggestions_program_manage_bulk_create.OPERATION,
            _catalog_suggestions_program_manage_bulk_create.build_request(body=body),
            options,
        )


class AsyncCatalogSuggestionsProgramManageBulkResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.program.manage.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsProgramManageBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
