"""`Client.catalog.recommendation`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .courses import (
        AsyncCatalogRecommendationCoursesResource,
        AsyncCatalogRecommendationCoursesResourceWithRawResponse,
        CatalogRecommendationCoursesResource,
        CatalogRecommendationCoursesResourceWithRawResponse,
    )

__all__ = [
    "CatalogRecommendationResource",
    "CatalogRecommendationResourceWithRawResponse",
    "AsyncCatalogRecommendationResource",
    "AsyncCatalogRecommendationResourceWithRawResponse",
]


class CatalogRecommendationResource:
    """`Client.catalog.recommendation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogRecommendationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogRecommendationResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> CatalogRecommendationCoursesResource:
        from .courses import CatalogRecommendationCoursesResource

        return CatalogRecommendationCoursesResource(self._client)


class CatalogRecommendationResourceWithRawResponse:
    """`Client.catalog.recommendation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogRecommendationResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> CatalogRecommendationCoursesResourceWithRawResponse:
        from .courses import CatalogRecommendationCoursesResourceWithRawResponse

        return CatalogRecommendationCoursesResourceWithRawResponse(self._resource.courses)


class AsyncCatalogRecommendationResource:
    """`AsyncClient.catalog.recommendation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogRecommendationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogRecommendationResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AsyncCatalogRecommendationCoursesResource:
        from .courses import AsyncCatalogRecommendationCoursesResource

        return AsyncCatalogRecommendationCoursesResource(self._client)


class AsyncCatalogRecommendationResourceWithRawResponse:
    """`AsyncClient.catalog.recommendation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogRecommendationResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AsyncCatalogRecommendationCoursesResourceWithRawResponse:
        from .courses import AsyncCatalogRecommendationCoursesResourceWithRawResponse

        return AsyncCatalogRecommendationCoursesResourceWithRawResponse(self._resource.courses)
