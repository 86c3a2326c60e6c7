"""`Client.catalog.programs`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.catalog import catalog_programs_create as _catalog_programs_create
from ....api.catalog import catalog_programs_destroy as _catalog_programs_destroy
from ....api.catalog import catalog_programs_list as _catalog_programs_list
from ....models.program import Program
from ....models.program_create_update_request import ProgramCreateUpdateRequest
from ....models.program_create_update_request_course_list_item import (
    ProgramCreateUpdateRequestCourseListItem,
)
from ....models.program_delete_response import ProgramDeleteResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CatalogProgramsResource",
    "CatalogProgramsResourceWithRawResponse",
    "AsyncCatalogProgramsResource",
    "AsyncCatalogProgramsResourceWithRawResponse",
]


class CatalogProgramsResource:
    """`Client.catalog.programs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogProgramsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogProgramsResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        program_id: str,
        **options: Unpack[RequestOptions],
    ) -> ProgramDeleteResponse:
        """Remove a program from the database. Requires program_id and org as parameters.

        Args:
            org (str, query)
            program_id (str, query)

        Returns:
            ProgramDeleteResponse
        """
        return self._client._send(
            _catalog_programs_destroy.OPERATION,
            _catalog_programs_destroy.build_request(org=org, program_id=program_id),
            options,
        )

    def list(
        self,
        *,
        course_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Program]:
        """Retrieve programs matching query parameters. Limited parameters include program_id,
        name, slug, enabled, and org.

        Args:
            course_id (str | Unset, query)
            enabled (bool | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            program_id (str | Unset, query)
            slug (str | Unset, query)

        Returns:
            list[Program]
        """
        return self._client._send(
            _catalog_programs_list.OPERATION,
            _catalog_programs_list.build_request(
                course_id=course_id,
                enabled=enabled,
                name=name,
                org=org,
                program_id=program_id,
                slug=slug,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: ProgramCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    @overload
    def create(
        self,
        *,
        program_id: str,
        name: str,
        course_list: list[ProgramCreateUpdateRequestCourseListItem],
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        program_type: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    def create(
        self,
        *,
        body: ProgramCreateUpdateRequest | Unset = UNSET,
        program_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        course_list: list[ProgramCreateUpdateRequestCourseListItem] | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        program_type: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program:
        """Add or update a program. Accepts a list of courses and updates or creates a program.

        Args:
            body (ProgramCreateUpdateRequest, request body): Serializer for program
                creation/update request body.
            Or the body's fields as keywords instead of body=: program_id, name, course_list,
                program_key, slug, org, platform_key, enabled, program_type, data

        Returns:
            Program
        """
        body = body_from_fields(
            "catalog.programs.create",
            body,
            ProgramCreateUpdateRequest,
            ["program_id", "name", "course_list"],
            (
                ("program_id", "program_id", program_id),
                ("name", "name", name),
                ("course_list", "course_list", course_list),
                ("program_key", "program_key", program_key),
                ("slug", "slug", slug),
                ("org", "org", org),
                ("platform_key", "platform_key", platform_key),
                ("enabled", "enabled", enabled),
                ("program_type", "program_type", program_type),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _catalog_programs_create.OPERATION,
            _catalog_programs_create.build_request(body=body),
            options,
        )


class CatalogProgramsResourceWithRawResponse:
    """`Client.catalog.programs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogProgramsResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncCatalogProgramsResource:
    """`AsyncClient.catalog.programs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogProgramsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogProgramsResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        program_id: str,
        **options: Unpack[RequestOptions],
    ) -> ProgramDeleteResponse:
        """Remove a program from the database. Requires program_id and org as parameters.

        Args:
            org (str, query)
            program_id (str, query)

        Returns:
            ProgramDeleteResponse
        """
        return await self._client._send(
            _catalog_programs_destroy.OPERATION,
            _catalog_programs_destroy.build_request(org=org, program_id=program_id),
            options,
        )

    async def list(
        self,
        *,
        course_id: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Program]:
        """Retrieve programs matching query parameters. Limited parameters include program_id,
        name, slug, enabled, and org.

        Args:
            course_id (str | Unset, query)
            enabled (bool | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            program_id (str | Unset, query)
            slug (str | Unset, query)

        Returns:
            list[Program]
        """
        return await self._client._send(
            _catalog_programs_list.OPERATION,
            _catalog_programs_list.build_request(
                course_id=course_id,
                enabled=enabled,
                name=name,
                org=org,
                program_id=program_id,
                slug=slug,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: ProgramCreateUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    @overload
    async def create(
        self,
        *,
        program_id: str,
        name: str,
        course_list: list[ProgramCreateUpdateRequestCourseListItem],
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        program_type: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program: ...

    async def create(
        self,
        *,
        body: ProgramCreateUpdateRequest | Unset = UNSET,
        program_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        course_list: list[ProgramCreateUpdateRequestCourseListItem] | Unset = UNSET,
        program_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        org: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        program_type: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Program:
        """Add or update a program. Accepts a list of courses and updates or creates a program.

        Args:
            body (ProgramCreateUpdateRequest, request body): Serializer for program
                creation/update request body.
            Or the body's fields as keywords instead of body=: program_id, name, course_list,
                program_key, slug, org, platform_key, enabled, program_type, data

        Returns:
            Program
        """
        body = body_from_fields(
            "catalog.programs.create",
            body,
            ProgramCreateUpdateRequest,
            ["program_id", "name", "course_list"],
            (
                ("program_id", "program_id", program_id),
                ("name", "name", name),
                ("course_list", "course_list", course_list),
                ("program_key", "program_key", program_key),
                ("slug", "slug", slug),
                ("org", "org", org),
                ("platform_key", "platform_key", platform_key),
                ("enabled", "enabled", enabled),
                ("program_type", "program_type", program_type),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _catalog_programs_create.OPERATION,
            _catalog_programs_create.build_request(body=body),
            options,
        )


class AsyncCatalogProgramsResourceWithRawResponse:
    """`AsyncClient.catalog.programs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogProgramsResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
