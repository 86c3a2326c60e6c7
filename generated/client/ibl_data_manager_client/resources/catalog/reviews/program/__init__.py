"""`Client.catalog.reviews.program`: 1 operation and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_reviews_program_retrieve as _catalog_reviews_program_retrieve
from .....models.program_review_paginated_response import ProgramReviewPaginatedResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .info import (
        AsyncCatalogReviewsProgramInfoResource,
        AsyncCatalogReviewsProgramInfoResourceWithRawResponse,
        CatalogReviewsProgramInfoResource,
        CatalogReviewsProgramInfoResourceWithRawResponse,
    )
    from .update import (
        AsyncCatalogReviewsProgramUpdateResource,
        AsyncCatalogReviewsProgramUpdateResourceWithRawResponse,
        CatalogReviewsProgramUpdateResource,
        CatalogReviewsProgramUpdateResourceWithRawResponse,
    )

__all__ = [
    "CatalogReviewsProgramResource",
    "CatalogReviewsProgramResourceWithRawResponse",
    "AsyncCatalogReviewsProgramResource",
    "AsyncCatalogReviewsProgramResourceWithRawResponse",
]


class CatalogReviewsProgramResource:
    """`Client.catalog.reviews.program`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogReviewsProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogReviewsProgramResourceWithRawResponse(self)

    @cached_property
    def info(self) -> CatalogReviewsProgramInfoResource:
        from .info import CatalogReviewsProgramInfoResource

        return CatalogReviewsProgramInfoResource(self._client)

    @cached_property
    def update(self) -> CatalogReviewsProgramUpdateResource:
        from .update import CatalogReviewsProgramUpdateResource

        return CatalogReviewsProgramUpdateResource(self._client)

    def retrieve(
        self,
        *,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramReviewPaginatedResponse:
        """Retrieve a paginated list of program reviews with filtering options

        Args:
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            program_id (str | Unset, query)
            sort (str | Unset, query)
            user_id (str | Unset, query)

        Returns:
            ProgramReviewPaginatedResponse
        """
        return self._client._send(
            _catalog_reviews_program_retrieve.OPERATION,
            _catalog_reviews_program_retrieve.build_request(
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                program_id=program_id,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )


class CatalogReviewsProgramResourceWithRawResponse:
    """`Client.catalog.reviews.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogReviewsProgramResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def info(self) -> CatalogReviewsProgramInfoResourceWithRawResponse:
        from .info import CatalogReviewsProgramInfoResourceWithRawResponse

        return CatalogReviewsProgramInfoResourceWithRawResponse(self._resource.info)

    @cached_property
    def update(self) -> CatalogReviewsProgramUpdateResourceWithRawResponse:
        from .update import CatalogReviewsProgramUpdateResourceWithRawResponse

        return CatalogReviewsProgramUpdateResourceWithRawResponse(self._resource.update)


class AsyncCatalogReviewsProgramResource:
    """`AsyncClient.catalog.reviews.program`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogReviewsProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogReviewsProgramResourceWithRawResponse(self)

    @cached_property
    def info(self) -> AsyncCatalogReviewsProgramInfoResource:
        from .info import AsyncCatalogReviewsProgramInfoResource

        return AsyncCatalogReviewsProgramInfoResource(self._client)

    @cached_property
    def update(self) -> AsyncCatalogReviewsProgramUpdateResource:
        from .update import AsyncCatalogReviewsProgramUpdateResource

        return AsyncCatalogReviewsProgramUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramReviewPaginatedResponse:
        """Retrieve a paginated list of program reviews with filtering options

        Args:
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            program_id (str | Unset, query)
            sort (str | Unset, query)
            user_id (str | Unset, query)

        Returns:
            ProgramReviewPaginatedResponse
        """
        return await self._client._send(
            _catalog_reviews_program_retrieve.OPERATION,
            _catalog_reviews_program_retrieve.build_request(
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                program_id=program_id,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )


class AsyncCatalogReviewsProgramResourceWithRawResponse:
    """`AsyncClient.catalog.reviews.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogReviewsProgramResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def info(self) -> AsyncCatalogReviewsProgramInfoResourceWithRawResponse:
        from .info import AsyncCatalogReviewsProgramInfoResourceWithRawResponse

        return AsyncCatalogReviewsProgramInfoResourceWithRawResponse(self._resource.info)

    @cached_property
    def update(self) -> AsyncCatalogReviewsProgramUpdateResourceWithRawResponse:
        from .update import AsyncCatalogReviewsProgramUpdateResourceWithRawResponse

        return AsyncCatalogReviewsProgramUpdateResourceWithRawResponse(self._resource.update)
