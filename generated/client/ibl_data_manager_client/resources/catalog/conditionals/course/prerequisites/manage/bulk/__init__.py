"""`Client.catalog.conditionals.course.prerequisites.manage.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.catalog import (
    catalog_conditionals_course_prerequisites_manage_bulk_create as _catalog_conditionals_course_prerequisites_manage_bulk_create,
)

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "CatalogConditionalsCoursePrerequisitesManageBulkResource",
    "CatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse",
    "AsyncCatalogConditionalsCoursePrerequisitesManageBulkResource",
    "AsyncCatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse",
]


class CatalogConditionalsCoursePrerequisitesManageBulkResource:
    """`Client.catalog.conditionals.course.prerequisites.manage.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> CatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Prerequisite bulk management view  Params: course_id  rules key_only

        Returns:
            None
        """
        return self._client._send(
            _catalog_conditionals_course_prerequisites_manage_bulk_create.OPERATION,
            _catalog_conditionals_course_prerequisites_manage_bulk_create.build_request(),
            options,
        )


class CatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse:
    """`Client.catalog.conditionals.course.prerequisites.manage.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogConditionalsCoursePrerequisitesManageBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogConditionalsCoursePrerequisitesManageBulkResource:
    """`AsyncClient.catalog.conditionals.course.prerequisites.manage.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Prerequisite bulk management view  Params: course_id  rules key_only

        Returns:
            None
        """
        return await self._client._send(
            _catalog_conditionals_course_prerequisites_manage_bulk_create.OPERATION,
            _catalog_conditionals_course_prerequisites_manage_bulk_create.build_request(),
            options,
        )


class AsyncCatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse:
    """`AsyncClient.catalog.conditionals.course.prerequisites.manage.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncCatalogConditionalsCoursePrerequisitesManageBulkResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
