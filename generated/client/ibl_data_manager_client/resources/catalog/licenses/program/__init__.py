"""`Client.catalog.licenses.program`: 1 operation and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_licenses_program_retrieve as _catalog_licenses_program_retrieve
from .....models.paginated_program_license import PaginatedProgramLicense
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .assignment import (
        AsyncCatalogLicensesProgramAssignmentResource,
        AsyncCatalogLicensesProgramAssignmentResourceWithRawResponse,
        CatalogLicensesProgramAssignmentResource,
        CatalogLicensesProgramAssignmentResourceWithRawResponse,
    )
    from .create import (
        AsyncCatalogLicensesProgramCreateResource,
        AsyncCatalogLicensesProgramCreateResourceWithRawResponse,
        CatalogLicensesProgramCreateResource,
        CatalogLicensesProgramCreateResourceWithRawResponse,
    )
    from .update import (
        AsyncCatalogLicensesProgramUpdateResource,
        AsyncCatalogLicensesProgramUpdateResourceWithRawResponse,
        CatalogLicensesProgramUpdateResource,
        CatalogLicensesProgramUpdateResourceWithRawResponse,
    )

__all__ = [
    "CatalogLicensesProgramResource",
    "CatalogLicensesProgramResourceWithRawResponse",
    "AsyncCatalogLicensesProgramResource",
    "AsyncCatalogLicensesProgramResourceWithRawResponse",
]


class CatalogLicensesProgramResource:
    """`Client.catalog.licenses.program`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesProgramResourceWithRawResponse(self)

    @cached_property
    def assignment(self) -> CatalogLicensesProgramAssignmentResource:
        from .assignment import CatalogLicensesProgramAssignmentResource

        return CatalogLicensesProgramAssignmentResource(self._client)

    @cached_property
    def create(self) -> CatalogLicensesProgramCreateResource:
        from .create import CatalogLicensesProgramCreateResource

        return CatalogLicensesProgramCreateResource(self._client)

    @cached_property
    def update(self) -> CatalogLicensesProgramUpdateResource:
        from .update import CatalogLicensesProgramUpdateResource

        return CatalogLicensesProgramUpdateResource(self._client)

    def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProgramLicense:
        """API View for managing program licenses.  This endpoint allows retrieving program
        licenses with filtering and pagination support.  Query Parameters:     platform_key
        (str, optional): The unique identifier for the platform     name (str, optional): Filter
        by license name (exact match)     source (str, optional): Filter by license source
        active (bool, optional): Filter by active status     program_id (str, optional): Filter
        by program ID     query (str, optional): Search licenses by name (contains)     page
        (int, optional): Page number for pagination     page_size (int, optional): Number of
        items per page     verbose (bool, optional): Include additional details in response
        sort (str, optional): Field to sort results by (default: '-id')  Methods:     GET:
        Retrieve a paginated list of program licenses  Returns:     GET: A paginated JSON
        response containing program licenses:         {             \"count\": 10,
        \"next\": \"https://example.com/api/catalog/licenses/program/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",                     \"expired\": null,
        \"name\": \"Program License 2023\",                     \"count\": 100,
        \"active\": true,                     \"metadata\": {},                     \"source\":
        \"source\",                     \"external_id\": \"ext-123\",
        \"platform_key\": \"platform1\",                     \"program_id\":
        \"program-v1:org+program+run\",                     \"assignments\": {
        \"total\": 50,                         \"active\": 45,
        \"pending\": 5                     }                 },                 ...
        ]         }  Error Responses:     400 Bad Request: If query parameters are invalid
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to access this resource     500 Internal Server Error: If an
        unexpected error occurs  Access Control:     - Requires IsDMAdmin or
        IsPlatformAdminReadOnly permission     - Available to platform administrators
        (read-only) and DM admins

        Args:
            active (bool | Unset, query)
            external_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            program_id (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedProgramLicense
        """
        return self._client._send(
            _catalog_licenses_program_retrieve.OPERATION,
            _catalog_licenses_program_retrieve.build_request(
                active=active,
                external_id=external_id,
                key=key,
                name=name,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                program_id=program_id,
                query=query,
                sort=sort,
                source=source,
                verbose=verbose,
            ),
            options,
        )


class CatalogLicensesProgramResourceWithRawResponse:
    """`Client.catalog.licenses.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesProgramResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def assignment(self) -> CatalogLicensesProgramAssignmentResourceWithRawResponse:
        from .assignment import CatalogLicensesProgramAssignmentResourceWithRawResponse

        return CatalogLicensesProgramAssignmentResourceWithRawResponse(self._resource.assignment)

    @cached_property
    def create(self) -> CatalogLicensesProgramCreateResourceWithRawResponse:
        from .create import CatalogLicensesProgramCreateResourceWithRawResponse

        return CatalogLicensesProgramCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def update(self) -> CatalogLicensesProgramUpdateResourceWithRawResponse:
        from .update import CatalogLicensesProgramUpdateResourceWithRawResponse

        return CatalogLicensesProgramUpdateResourceWithRawResponse(self._resource.update)


class AsyncCatalogLicensesProgramResource:
    """`AsyncClient.catalog.licenses.program`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesProgramResourceWithRawResponse(self)

    @cached_property
    def assignment(self) -> AsyncCatalogLicensesProgramAssignmentResource:
        from .assignment import AsyncCatalogLicensesProgramAssignmentResource

        return AsyncCatalogLicensesProgramAssignmentResource(self._client)

    @cached_property
    def create(self) -> AsyncCatalogLicensesProgramCreateResource:
        from .create import AsyncCatalogLicensesProgramCreateResource

        return AsyncCatalogLicensesProgramCreateResource(self._client)

    @cached_property
    def update(self) -> AsyncCatalogLicensesProgramUpdateResource:
        from .update import AsyncCatalogLicensesProgramUpdateResource

        return AsyncCatalogLicensesProgramUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedProgramLicense:
        """API View for managing program licenses.  This endpoint allows retrieving program
        licenses with filtering and pagination support.  Query Parameters:     platform_key
        (str, optional): The unique identifier for the platform     name (str, optional): Filter
        by license name (exact match)     source (str, optional): Filter by license source
        active (bool, optional): Filter by active status     program_id (str, optional): Filter
        by program ID     query (str, optional): Search licenses by name (contains)     page
        (int, optional): Page number for pagination     page_size (int, optional): Number of
        items per page     verbose (bool, optional): Include additional details in response
        sort (str, optional): Field to sort results by (default: '-id')  Methods:     GET:
        Retrieve a paginated list of program licenses  Returns:     GET: A paginated JSON
        response containing program licenses:         {             \"count\": 10,
        \"next\": \"https://example.com/api/catalog/licenses/program/?page=2\",
        \"previous\": null,             \"results\": [                 {
        \"id\": 123,                     \"created\": \"2023-06-15T14:30:00Z\",
        \"started\": \"2023-06-15T14:30:00Z\",                     \"expired\": null,
        \"name\": \"Program License 2023\",                     \"count\": 100,
        \"active\": true,                     \"metadata\": {},                     \"source\":
        \"source\",                     \"external_id\": \"ext-123\",
        \"platform_key\": \"platform1\",                     \"program_id\":
        \"program-v1:org+program+run\",                     \"assignments\": {
        \"total\": 50,                         \"active\": 45,
        \"pending\": 5                     }                 },                 ...
        ]         }  Error Responses:     400 Bad Request: If query parameters are invalid
        401 Unauthorized: If the user is not authenticated     403 Forbidden: If the user does
        not have permission to access this resource     500 Internal Server Error: If an
        unexpected error occurs  Access Control:     - Requires IsDMAdmin or
        IsPlatformAdminReadOnly permission     - Available to platform administrators
        (read-only) and DM admins

        Args:
            active (bool | Unset, query)
            external_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            program_id (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedProgramLicense
        """
        return await self._client._send(
            _catalog_licenses_program_retrieve.OPERATION,
            _catalog_licenses_program_retrieve.build_request(
                active=active,
                external_id=external_id,
                key=key,
                name=name,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                program_id=program_id,
                query=query,
                sort=sort,
                source=source,
                verbose=verbose,
            ),
            options,
        )


class AsyncCatalogLicensesProgramResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesProgramResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def assignment(self) -> AsyncCatalogLicensesProgramAssignmentResourceWithRawResponse:
        from .assignment import AsyncCatalogLicensesProgramAssignmentResourceWithRawResponse

        return AsyncCatalogLicensesProgramAssignmentResourceWithRawResponse(
            self._resource.assignment
        )

    @cached_property
    def create(self) -> AsyncCatalogLicensesProgramCreateResourceWithRawResponse:
        from .create import AsyncCatalogLicensesProgramCreateResourceWithRawResponse

        return AsyncCatalogLicensesProgramCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def update(self) -> AsyncCatalogLicensesProgramUpdateResourceWithRawResponse:
        from .update import AsyncCatalogLicensesProgramUpdateResourceWithRawResponse

        return AsyncCatalogLicensesProgramUpdateResourceWithRawResponse(self._resource.update)
