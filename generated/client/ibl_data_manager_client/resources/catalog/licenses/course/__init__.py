"""`Client.catalog.licenses.course`: 1 operation and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_licenses_course_retrieve as _catalog_licenses_course_retrieve
from .....models.paginated_course_license import PaginatedCourseLicense
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .assignment import (
        AsyncCatalogLicensesCourseAssignmentResource,
        AsyncCatalogLicensesCourseAssignmentResourceWithRawResponse,
        CatalogLicensesCourseAssignmentResource,
        CatalogLicensesCourseAssignmentResourceWithRawResponse,
    )
    from .create import (
        AsyncCatalogLicensesCourseCreateResource,
        AsyncCatalogLicensesCourseCreateResourceWithRawResponse,
        CatalogLicensesCourseCreateResource,
        CatalogLicensesCourseCreateResourceWithRawResponse,
    )
    from .update import (
        AsyncCatalogLicensesCourseUpdateResource,
        AsyncCatalogLicensesCourseUpdateResourceWithRawResponse,
        CatalogLicensesCourseUpdateResource,
        CatalogLicensesCourseUpdateResourceWithRawResponse,
    )

__all__ = [
    "CatalogLicensesCourseResource",
    "CatalogLicensesCourseResourceWithRawResponse",
    "AsyncCatalogLicensesCourseResource",
    "AsyncCatalogLicensesCourseResourceWithRawResponse",
]


class CatalogLicensesCourseResource:
    """`Client.catalog.licenses.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogLicensesCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogLicensesCourseResourceWithRawResponse(self)

    @cached_property
    def assignment(self) -> CatalogLicensesCourseAssignmentResource:
        from .assignment import CatalogLicensesCourseAssignmentResource

        return CatalogLicensesCourseAssignmentResource(self._client)

    @cached_property
    def create(self) -> CatalogLicensesCourseCreateResource:
        from .create import CatalogLicensesCourseCreateResource

        return CatalogLicensesCourseCreateResource(self._client)

    @cached_property
    def update(self) -> CatalogLicensesCourseUpdateResource:
        from .update import CatalogLicensesCourseUpdateResource

        return CatalogLicensesCourseUpdateResource(self._client)

    def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseLicense:
        """Retrieve a paginated list of course licenses

        Args:
            active (bool | Unset, query)
            course_id (str | Unset, query)
            external_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedCourseLicense
        """
        return self._client._send(
            _catalog_licenses_course_retrieve.OPERATION,
            _catalog_licenses_course_retrieve.build_request(
                active=active,
                course_id=course_id,
                external_id=external_id,
                key=key,
                name=name,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                sort=sort,
                source=source,
                verbose=verbose,
            ),
            options,
        )


class CatalogLicensesCourseResourceWithRawResponse:
    """`Client.catalog.licenses.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogLicensesCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def assignment(self) -> CatalogLicensesCourseAssignmentResourceWithRawResponse:
        from .assignment import CatalogLicensesCourseAssignmentResourceWithRawResponse

        return CatalogLicensesCourseAssignmentResourceWithRawResponse(self._resource.assignment)

    @cached_property
    def create(self) -> CatalogLicensesCourseCreateResourceWithRawResponse:
        from .create import CatalogLicensesCourseCreateResourceWithRawResponse

        return CatalogLicensesCourseCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def update(self) -> CatalogLicensesCourseUpdateResourceWithRawResponse:
        from .update import CatalogLicensesCourseUpdateResourceWithRawResponse

        return CatalogLicensesCourseUpdateResourceWithRawResponse(self._resource.update)


class AsyncCatalogLicensesCourseResource:
    """`AsyncClient.catalog.licenses.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogLicensesCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogLicensesCourseResourceWithRawResponse(self)

    @cached_property
    def assignment(self) -> AsyncCatalogLicensesCourseAssignmentResource:
        from .assignment import AsyncCatalogLicensesCourseAssignmentResource

        return AsyncCatalogLicensesCourseAssignmentResource(self._client)

    @cached_property
    def create(self) -> AsyncCatalogLicensesCourseCreateResource:
        from .create import AsyncCatalogLicensesCourseCreateResource

        return AsyncCatalogLicensesCourseCreateResource(self._client)

    @cached_property
    def update(self) -> AsyncCatalogLicensesCourseUpdateResource:
        from .update import AsyncCatalogLicensesCourseUpdateResource

        return AsyncCatalogLicensesCourseUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        active: bool | Unset = UNSET,
        course_id: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        source: str | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedCourseLicense:
        """Retrieve a paginated list of course licenses

        Args:
            active (bool | Unset, query)
            course_id (str | Unset, query)
            external_id (str | Unset, query)
            key (str | Unset, query)
            name (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            source (str | Unset, query)
            verbose (bool | Unset, query)

        Returns:
            PaginatedCourseLicense
        """
        return await self._client._send(
            _catalog_licenses_course_retrieve.OPERATION,
            _catalog_licenses_course_retrieve.build_request(
                active=active,
                course_id=course_id,
                external_id=external_id,
                key=key,
                name=name,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                sort=sort,
                source=source,
                verbose=verbose,
            ),
            options,
        )


class AsyncCatalogLicensesCourseResourceWithRawResponse:
    """`AsyncClient.catalog.licenses.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogLicensesCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def assignment(self) -> AsyncCatalogLicensesCourseAssignmentResourceWithRawResponse:
        from .assignment import AsyncCatalogLicensesCourseAssignmentResourceWithRawResponse

        return AsyncCatalogLicensesCourseAssignmentResourceWithRawResponse(
            self._resource.assignment
        )

    @cached_property
    def create(self) -> AsyncCatalogLicensesCourseCreateResourceWithRawResponse:
        from .create import AsyncCatalogLicensesCourseCreateResourceWithRawResponse

        return AsyncCatalogLicensesCourseCreateResourceWithRawResponse(self._resource.create)

    @cached_property
    def update(self) -> AsyncCatalogLicensesCourseUpdateResourceWithRawResponse:
        from .update import AsyncCatalogLicensesCourseUpdateResourceWithRawResponse

        return AsyncCatalogLicensesCourseUpdateResourceWithRawResponse(self._resource.update)
