"""`Client.catalog.search.programs`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_search_programs_create as _catalog_search_programs_create
from .....models.program_course_position_request import ProgramCoursePositionRequest
from .....models.program_search import ProgramSearch
from .....models.program_search_request import ProgramSearchRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogSearchProgramsResource",
    "CatalogSearchProgramsResourceWithRawResponse",
    "AsyncCatalogSearchProgramsResource",
    "AsyncCatalogSearchProgramsResourceWithRawResponse",
]


class CatalogSearchProgramsResource:
    """`Client.catalog.search.programs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSearchProgramsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSearchProgramsResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        body: ProgramSearchRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramSearch: ...

    @overload
    def create(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        course_list: list[ProgramCoursePositionRequest],
        program_id: str,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        slug: None | str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramSearch: ...

    def create(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        body: ProgramSearchRequest | Unset = UNSET,
        course_list: list[ProgramCoursePositionRequest] | Unset = UNSET,
        program_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        slug: None | str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramSearch:
        """POST Retrieve programs matching query.  Params: query: The search term used to filter
        programs. org: The organization to which the programs belong.  Returns: A JSON response
        containing a list of programs that match the search criteria.  Error Conditions: - If
        the request data is malformed or missing required fields, a 400 Bad Request may be
        returned. - If there is an issue with the database query, a 500 Internal Server Error
        may be returned.  Side Effects: - None  Special Return Codes: - A 200 status code
        indicates successful retrieval of programs matching the query.

        Args:
            org (str | Unset, query)
            query (str | Unset, query)
            body (ProgramSearchRequest, request body)
            Or the body's fields as keywords instead of body=: course_list, program_id, name,
                enabled, slug, body_org, data

        Returns:
            ProgramSearch
        """
        body = body_from_fields(
            "catalog.search.programs.create",
            body,
            ProgramSearchRequest,
            ["course_list", "program_id"],
            (
                ("course_list", "course_list", course_list),
                ("program_id", "program_id", program_id),
                ("name", "name", name),
                ("enabled", "enabled", enabled),
                ("slug", "slug", slug),
                ("body_org", "org", body_org),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_search_programs_create.OPERATION,
            _catalog_search_programs_create.build_request(org=org, query=query, body=body),
            options,
        )


class CatalogSearchProgramsResourceWithRawResponse:
    """`Client.catalog.search.programs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSearchProgramsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogSearchProgramsResource:
    """`AsyncClient.catalog.search.programs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSearchProgramsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSearchProgramsResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        body: ProgramSearchRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramSearch: ...

    @overload
    async def create(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        course_list: list[ProgramCoursePositionRequest],
        program_id: str,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        slug: None | str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramSearch: ...

    async def create(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        body: ProgramSearchRequest | Unset = UNSET,
        course_list: list[ProgramCoursePositionRequest] | Unset = UNSET,
        program_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        slug: None | str | Unset = UNSET,
        body_org: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramSearch:
        """POST Retrieve programs matching query.  Params: query: The search term used to filter
        programs. org: The organization to which the programs belong.  Returns: A JSON response
        containing a list of programs that match the search criteria.  Error Conditions: - If
        the request data is malformed or missing required fields, a 400 Bad Request may be
        returned. - If there is an issue with the database query, a 500 Internal Server Error
        may be returned.  Side Effects: - None  Special Return Codes: - A 200 status code
        indicates successful retrieval of programs matching the query.

        Args:
            org (str | Unset, query)
            query (str | Unset, query)
            body (ProgramSearchRequest, request body)
            Or the body's fields as keywords instead of body=: course_list, program_id, name,
                enabled, slug, body_org, data

        Returns:
            ProgramSearch
        """
        body = body_from_fields(
            "catalog.search.programs.create",
            body,
            ProgramSearchRequest,
            ["course_list", "program_id"],
            (
                ("course_list", "course_list", course_list),
                ("program_id", "program_id", program_id),
                ("name", "name", name),
                ("enabled", "enabled", enabled),
                ("slug", "slug", slug),
                ("body_org", "org", body_org),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_search_programs_create.OPERATION,
            _catalog_search_programs_create.build_request(org=org, query=query, body=body),
            options,
        )


class AsyncCatalogSearchProgramsResourceWithRawResponse:
    """`AsyncClient.catalog.search.programs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSearchProgramsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
