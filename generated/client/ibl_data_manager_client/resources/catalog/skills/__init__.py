"""`Client.catalog.skills`: 2 operations and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.catalog import catalog_skills_create as _catalog_skills_create
from ....api.catalog import catalog_skills_retrieve as _catalog_skills_retrieve
from ....models.paginated_skill import PaginatedSkill
from ....models.paginated_skill_request import PaginatedSkillRequest
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .desired import (
        AsyncCatalogSkillsDesiredResource,
        AsyncCatalogSkillsDesiredResourceWithRawResponse,
        CatalogSkillsDesiredResource,
        CatalogSkillsDesiredResourceWithRawResponse,
    )
    from .public import (
        AsyncCatalogSkillsPublicResource,
        AsyncCatalogSkillsPublicResourceWithRawResponse,
        CatalogSkillsPublicResource,
        CatalogSkillsPublicResourceWithRawResponse,
    )
    from .reported import (
        AsyncCatalogSkillsReportedResource,
        AsyncCatalogSkillsReportedResourceWithRawResponse,
        CatalogSkillsReportedResource,
        CatalogSkillsReportedResourceWithRawResponse,
    )

__all__ = [
    "CatalogSkillsResource",
    "CatalogSkillsResourceWithRawResponse",
    "AsyncCatalogSkillsResource",
    "AsyncCatalogSkillsResourceWithRawResponse",
]


class CatalogSkillsResource:
    """`Client.catalog.skills`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSkillsResourceWithRawResponse(self)

    @cached_property
    def desired(self) -> CatalogSkillsDesiredResource:
        from .desired import CatalogSkillsDesiredResource

        return CatalogSkillsDesiredResource(self._client)

    @cached_property
    def public(self) -> CatalogSkillsPublicResource:
        from .public import CatalogSkillsPublicResource

        return CatalogSkillsPublicResource(self._client)

    @cached_property
    def reported(self) -> CatalogSkillsReportedResource:
        from .reported import CatalogSkillsReportedResource

        return CatalogSkillsReportedResource(self._client)

    def retrieve(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedSkill:
        """Retrieve skills matching query. Limited parameters.

        Args:
            id (int | Unset, query)
            name (str | Unset, query)
            name_iexact (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedSkill
        """
        return self._client._send(
            _catalog_skills_retrieve.OPERATION,
            _catalog_skills_retrieve.build_request(
                id=id,
                name=name,
                name_iexact=name_iexact,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: PaginatedSkillRequest,
        **options: Unpack[RequestOptions],
    ) -> PaginatedSkill: ...

    @overload
    def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        next_page: str,
        previous_page: str,
        **options: Unpack[RequestOptions],
    ) -> PaginatedSkill: ...

    def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: PaginatedSkillRequest | Unset = UNSET,
        next_page: str | Unset = UNSET,
        previous_page: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedSkill:
        """Add or update a skill.

        Args:
            id (int | Unset, query)
            name (str | Unset, query)
            name_iexact (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)
            body (PaginatedSkillRequest, request body)
            Or the body's fields as keywords instead of body=: next_page, previous_page

        Returns:
            PaginatedSkill
        """
        body = body_from_fields(
            "catalog.skills.create",
            body,
            PaginatedSkillRequest,
            ["next_page", "previous_page"],
            (
                ("next_page", "next_page", next_page),
                ("previous_page", "previous_page", previous_page),
            ),
        )
        return self._client._send(
            _catalog_skills_create.OPERATION,
            _catalog_skills_create.build_request(
                id=id,
                name=name,
                name_iexact=name_iexact,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
                body=body,
            ),
            options,
        )


class CatalogSkillsResourceWithRawResponse:
    """`Client.catalog.skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSkillsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def desired(self) -> CatalogSkillsDesiredResourceWithRawResponse:
        from .desired import CatalogSkillsDesiredResourceWithRawResponse

        return CatalogSkillsDesiredResourceWithRawResponse(self._resource.desired)

    @cached_property
    def public(self) -> CatalogSkillsPublicResourceWithRawResponse:
        from .public import CatalogSkillsPublicResourceWithRawResponse

        return CatalogSkillsPublicResourceWithRawResponse(self._resource.public)

    @cached_property
    def reported(self) -> CatalogSkillsReportedResourceWithRawResponse:
        from .reported import CatalogSkillsReportedResourceWithRawResponse

        return CatalogSkillsReportedResourceWithRawResponse(self._resource.reported)


class AsyncCatalogSkillsResource:
    """`AsyncClient.catalog.skills`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSkillsResourceWithRawResponse(self)

    @cached_property
    def desired(self) -> AsyncCatalogSkillsDesiredResource:
        from .desired import AsyncCatalogSkillsDesiredResource

        return AsyncCatalogSkillsDesiredResource(self._client)

    @cached_property
    def public(self) -> AsyncCatalogSkillsPublicResource:
        from .public import AsyncCatalogSkillsPublicResource

        return AsyncCatalogSkillsPublicResource(self._client)

    @cached_property
    def reported(self) -> AsyncCatalogSkillsReportedResource:
        from .reported import AsyncCatalogSkillsReportedResource

        return AsyncCatalogSkillsReportedResource(self._client)

    async def retrieve(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedSkill:
        """Retrieve skills matching query. Limited parameters.

        Args:
            id (int | Unset, query)
            name (str | Unset, query)
            name_iexact (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedSkill
        """
        return await self._client._send(
            _catalog_skills_retrieve.OPERATION,
            _catalog_skills_retrieve.build_request(
                id=id,
                name=name,
                name_iexact=name_iexact,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: PaginatedSkillRequest,
        **options: Unpack[RequestOptions],
    ) -> PaginatedSkill: ...

    @overload
    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        next_page: str,
        previous_page: str,
        **options: Unpack[RequestOptions],
    ) -> PaginatedSkill: ...

    async def create(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        name_iexact: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: PaginatedSkillRequest | Unset = UNSET,
        next_page: str | Unset = UNSET,
        previous_page: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedSkill:
        """Add or update a skill.

        Args:
            id (int | Unset, query)
            name (str | Unset, query)
            name_iexact (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            slug (str | Unset, query)
            sort (str | Unset, query)
            body (PaginatedSkillRequest, request body)
            Or the body's fields as keywords instead of body=: next_page, previous_page

        Returns:
            PaginatedSkill
        """
        body = body_from_fields(
            "catalog.skills.create",
            body,
            PaginatedSkillRequest,
            ["next_page", "previous_page"],
            (
                ("next_page", "next_page", next_page),
                ("previous_page", "previous_page", previous_page),
            ),
        )
        return await self._client._send(
            _catalog_skills_create.OPERATION,
            _catalog_skills_create.build_request(
                id=id,
                name=name,
                name_iexact=name_iexact,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                slug=slug,
                sort=sort,
                body=body,
            ),
            options,
        )


class AsyncCatalogSkillsResourceWithRawResponse:
    """`AsyncClient.catalog.skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSkillsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def desired(self) -> AsyncCatalogSkillsDesiredResourceWithRawResponse:
        from .desired import AsyncCatalogSkillsDesiredResourceWithRawResponse

        return AsyncCatalogSkillsDesiredResourceWithRawResponse(self._resource.desired)

    @cached_property
    def public(self) -> AsyncCatalogSkillsPublicResourceWithRawResponse:
        from .public import AsyncCatalogSkillsPublicResourceWithRawResponse

        return AsyncCatalogSkillsPublicResourceWithRawResponse(self._resource.public)

    @cached_property
    def reported(self) -> AsyncCatalogSkillsReportedResourceWithRawResponse:
        from .reported import AsyncCatalogSkillsReportedResourceWithRawResponse

        return AsyncCatalogSkillsReportedResourceWithRawResponse(self._resource.reported)
