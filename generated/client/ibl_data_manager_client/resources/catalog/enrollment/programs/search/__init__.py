"""`Client.catalog.enrollment.programs.search`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_enrollment_programs_search_retrieve as _catalog_enrollment_programs_search_retrieve,
)
from ......models.program_enrollment_search_response import ProgramEnrollmentSearchResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogEnrollmentProgramsSearchResource",
    "CatalogEnrollmentProgramsSearchResourceWithRawResponse",
    "AsyncCatalogEnrollmentProgramsSearchResource",
    "AsyncCatalogEnrollmentProgramsSearchResourceWithRawResponse",
]


class CatalogEnrollmentProgramsSearchResource:
    """`Client.catalog.enrollment.programs.search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentProgramsSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentProgramsSearchResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollmentSearchResponse:
        """Search program enrollments based on user or program identifiers. Returns paginated
        enrollment results.

        Args:
            include_default_platform (bool | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_type (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            ProgramEnrollmentSearchResponse
        """
        return self._client._send(
            _catalog_enrollment_programs_search_retrieve.OPERATION,
            _catalog_enrollment_programs_search_retrieve.build_request(
                include_default_platform=include_default_platform,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                program_id=program_id,
                program_type=program_type,
                slug=slug,
                sort=sort,
                user_id=user_id,
                username=username,
            ),
            options,
        )


class CatalogEnrollmentProgramsSearchResourceWithRawResponse:
    """`Client.catalog.enrollment.programs.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentProgramsSearchResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogEnrollmentProgramsSearchResource:
    """`AsyncClient.catalog.enrollment.programs.search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentProgramsSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentProgramsSearchResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        include_default_platform: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramEnrollmentSearchResponse:
        """Search program enrollments based on user or program identifiers. Returns paginated
        enrollment results.

        Args:
            include_default_platform (bool | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            program_id (str | Unset, query)
            program_type (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            ProgramEnrollmentSearchResponse
        """
        return await self._client._send(
            _catalog_enrollment_programs_search_retrieve.OPERATION,
            _catalog_enrollment_programs_search_retrieve.build_request(
                include_default_platform=include_default_platform,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                program_id=program_id,
                program_type=program_type,
                slug=slug,
                sort=sort,
                user_id=user_id,
                username=username,
            ),
            options,
        )


class AsyncCatalogEnrollmentProgramsSearchResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment.programs.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentProgramsSearchResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
