"""`Client.catalog.reviews.course`: 1 operation and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_reviews_course_retrieve as _catalog_reviews_course_retrieve
from .....models.course_review_paginated_response import CourseReviewPaginatedResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .info import (
        AsyncCatalogReviewsCourseInfoResource,
        AsyncCatalogReviewsCourseInfoResourceWithRawResponse,
        CatalogReviewsCourseInfoResource,
        CatalogReviewsCourseInfoResourceWithRawResponse,
    )
    from .update import (
        AsyncCatalogReviewsCourseUpdateResource,
        AsyncCatalogReviewsCourseUpdateResourceWithRawResponse,
        CatalogReviewsCourseUpdateResource,
        CatalogReviewsCourseUpdateResourceWithRawResponse,
    )

__all__ = [
    "CatalogReviewsCourseResource",
    "CatalogReviewsCourseResourceWithRawResponse",
    "AsyncCatalogReviewsCourseResource",
    "AsyncCatalogReviewsCourseResourceWithRawResponse",
]


class CatalogReviewsCourseResource:
    """`Client.catalog.reviews.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogReviewsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogReviewsCourseResourceWithRawResponse(self)

    @cached_property
    def info(self) -> CatalogReviewsCourseInfoResource:
        from .info import CatalogReviewsCourseInfoResource

        return CatalogReviewsCourseInfoResource(self._client)

    @cached_property
    def update(self) -> CatalogReviewsCourseUpdateResource:
        from .update import CatalogReviewsCourseUpdateResource

        return CatalogReviewsCourseUpdateResource(self._client)

    def retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewPaginatedResponse:
        """Retrieve a paginated list of course reviews with filtering options

        Args:
            course_id (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (str | Unset, query)

        Returns:
            CourseReviewPaginatedResponse
        """
        return self._client._send(
            _catalog_reviews_course_retrieve.OPERATION,
            _catalog_reviews_course_retrieve.build_request(
                course_id=course_id,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )


class CatalogReviewsCourseResourceWithRawResponse:
    """`Client.catalog.reviews.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogReviewsCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def info(self) -> CatalogReviewsCourseInfoResourceWithRawResponse:
        from .info import CatalogReviewsCourseInfoResourceWithRawResponse

        return CatalogReviewsCourseInfoResourceWithRawResponse(self._resource.info)

    @cached_property
    def update(self) -> CatalogReviewsCourseUpdateResourceWithRawResponse:
        from .update import CatalogReviewsCourseUpdateResourceWithRawResponse

        return CatalogReviewsCourseUpdateResourceWithRawResponse(self._resource.update)


class AsyncCatalogReviewsCourseResource:
    """`AsyncClient.catalog.reviews.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogReviewsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogReviewsCourseResourceWithRawResponse(self)

    @cached_property
    def info(self) -> AsyncCatalogReviewsCourseInfoResource:
        from .info import AsyncCatalogReviewsCourseInfoResource

        return AsyncCatalogReviewsCourseInfoResource(self._client)

    @cached_property
    def update(self) -> AsyncCatalogReviewsCourseUpdateResource:
        from .update import AsyncCatalogReviewsCourseUpdateResource

        return AsyncCatalogReviewsCourseUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        org: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewPaginatedResponse:
        """Retrieve a paginated list of course reviews with filtering options

        Args:
            course_id (str | Unset, query)
            org (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            sort (str | Unset, query)
            user_id (str | Unset, query)

        Returns:
            CourseReviewPaginatedResponse
        """
        return await self._client._send(
            _catalog_reviews_course_retrieve.OPERATION,
            _catalog_reviews_course_retrieve.build_request(
                course_id=course_id,
                org=org,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                sort=sort,
                user_id=user_id,
            ),
            options,
        )


class AsyncCatalogReviewsCourseResourceWithRawResponse:
    """`AsyncClient.catalog.reviews.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogReviewsCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def info(self) -> AsyncCatalogReviewsCourseInfoResourceWithRawResponse:
        from .info import AsyncCatalogReviewsCourseInfoResourceWithRawResponse

        return AsyncCatalogReviewsCourseInfoResourceWithRawResponse(self._resource.info)

    @cached_property
    def update(self) -> AsyncCatalogReviewsCourseUpdateResourceWithRawResponse:
        from .update import AsyncCatalogReviewsCourseUpdateResourceWithRawResponse

        return AsyncCatalogReviewsCourseUpdateResourceWithRawResponse(self._resource.update)
