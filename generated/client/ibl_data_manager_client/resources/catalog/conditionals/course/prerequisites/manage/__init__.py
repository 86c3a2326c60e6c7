"""`Client.catalog.conditionals.course.prerequisites.manage`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_conditionals_course_prerequisites_manage_retrieve as _catalog_conditionals_course_prerequisites_manage_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .bulk import (
        AsyncCatalogConditionalsCoursePrerequisitesManageBulkResource,
        AsyncCatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse,
        CatalogConditionalsCoursePrerequisitesManageBulkResource,
        CatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse,
    )

__all__ = [
    "CatalogConditionalsCoursePrerequisitesManageResource",
    "CatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse",
    "AsyncCatalogConditionalsCoursePrerequisitesManageResource",
    "AsyncCatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse",
]


class CatalogConditionalsCoursePrerequisitesManageResource:
    """`Client.catalog.conditionals.course.prerequisites.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> CatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CatalogConditionalsCoursePrerequisitesManageBulkResource:
        from .bulk import CatalogConditionalsCoursePrerequisitesManageBulkResource

        return CatalogConditionalsCoursePrerequisitesManageBulkResource(self._client)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET Retrieve prerequisite info for course  Params: course_id  key_only

        Returns:
            None
        """
        return self._client._send(
            _catalog_conditionals_course_prerequisites_manage_retrieve.OPERATION,
            _catalog_conditionals_course_prerequisites_manage_retrieve.build_request(),
            options,
        )


class CatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse:
    """`Client.catalog.conditionals.course.prerequisites.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogConditionalsCoursePrerequisitesManageResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def bulk(self) -> CatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse:
        from .bulk import CatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse

        return CatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse(
            self._resource.bulk
        )


class AsyncCatalogConditionalsCoursePrerequisitesManageResource:
    """`AsyncClient.catalog.conditionals.course.prerequisites.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCatalogConditionalsCoursePrerequisitesManageBulkResource:
        from .bulk import AsyncCatalogConditionalsCoursePrerequisitesManageBulkResource

        return AsyncCatalogConditionalsCoursePrerequisitesManageBulkResource(self._client)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET Retrieve prerequisite info for course  Params: course_id  key_only

        Returns:
            None
        """
        return await self._client._send(
            _catalog_conditionals_course_prerequisites_manage_retrieve.OPERATION,
            _catalog_conditionals_course_prerequisites_manage_retrieve.build_request(),
            options,
        )


class AsyncCatalogConditionalsCoursePrerequisitesManageResourceWithRawResponse:
    """`AsyncClient.catalog.conditionals.course.prerequisites.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogConditionalsCoursePrerequisitesManageResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def bulk(self) -> AsyncCatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse:
        from .bulk import (
            AsyncCatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse,
        )

        return AsyncCatalogConditionalsCoursePrerequisitesManageBulkResourceWithRawResponse(
            self._resource.bulk
        )
