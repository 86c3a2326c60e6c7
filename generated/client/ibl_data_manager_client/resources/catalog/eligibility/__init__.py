"""`Client.catalog.eligibility`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .courses import (
        AsyncCatalogEligibilityCoursesResource,
        AsyncCatalogEligibilityCoursesResourceWithRawResponse,
        CatalogEligibilityCoursesResource,
        CatalogEligibilityCoursesResourceWithRawResponse,
    )

__all__ = [
    "CatalogEligibilityResource",
    "CatalogEligibilityResourceWithRawResponse",
    "AsyncCatalogEligibilityResource",
    "AsyncCatalogEligibilityResourceWithRawResponse",
]


class CatalogEligibilityResource:
    """`Client.catalog.eligibility`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEligibilityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEligibilityResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> CatalogEligibilityCoursesResource:
        from .courses import CatalogEligibilityCoursesResource

        return CatalogEligibilityCoursesResource(self._client)


class CatalogEligibilityResourceWithRawResponse:
    """`Client.catalog.eligibility`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEligibilityResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> CatalogEligibilityCoursesResourceWithRawResponse:
        from .courses import CatalogEligibilityCoursesResourceWithRawResponse

        return CatalogEligibilityCoursesResourceWithRawResponse(self._resource.courses)


class AsyncCatalogEligibilityResource:
    """`AsyncClient.catalog.eligibility`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEligibilityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEligibilityResourceWithRawResponse(self)

    @cached_property
    def courses(self) -> AsyncCatalogEligibilityCoursesResource:
        from .courses import AsyncCatalogEligibilityCoursesResource

        return AsyncCatalogEligibilityCoursesResource(self._client)


class AsyncCatalogEligibilityResourceWithRawResponse:
    """`AsyncClient.catalog.eligibility`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEligibilityResource) -> None:
        self._resource = resource

    @cached_property
    def courses(self) -> AsyncCatalogEligibilityCoursesResourceWithRawResponse:
        from .courses import AsyncCatalogEligibilityCoursesResourceWithRawResponse

        return AsyncCatalogEligibilityCoursesResourceWithRawResponse(self._resource.courses)
