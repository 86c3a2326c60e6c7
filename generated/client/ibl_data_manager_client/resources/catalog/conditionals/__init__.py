"""`Client.catalog.conditionals`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .course import (
        AsyncCatalogConditionalsCourseResource,
        AsyncCatalogConditionalsCourseResourceWithRawResponse,
        CatalogConditionalsCourseResource,
        CatalogConditionalsCourseResourceWithRawResponse,
    )

__all__ = [
    "CatalogConditionalsResource",
    "CatalogConditionalsResourceWithRawResponse",
    "AsyncCatalogConditionalsResource",
    "AsyncCatalogConditionalsResourceWithRawResponse",
]


class CatalogConditionalsResource:
    """`Client.catalog.conditionals`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogConditionalsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogConditionalsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> CatalogConditionalsCourseResource:
        from .course import CatalogConditionalsCourseResource

        return CatalogConditionalsCourseResource(self._client)


class CatalogConditionalsResourceWithRawResponse:
    """`Client.catalog.conditionals`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogConditionalsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> CatalogConditionalsCourseResourceWithRawResponse:
        from .course import CatalogConditionalsCourseResourceWithRawResponse

        return CatalogConditionalsCourseResourceWithRawResponse(self._resource.course)


class AsyncCatalogConditionalsResource:
    """`AsyncClient.catalog.conditionals`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogConditionalsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogConditionalsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncCatalogConditionalsCourseResource:
        from .course import AsyncCatalogConditionalsCourseResource

        return AsyncCatalogConditionalsCourseResource(self._client)


class AsyncCatalogConditionalsResourceWithRawResponse:
    """`AsyncClient.catalog.conditionals`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogConditionalsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncCatalogConditionalsCourseResourceWithRawResponse:
        from .course import AsyncCatalogConditionalsCourseResourceWithRawResponse

        return AsyncCatalogConditionalsCourseResourceWithRawResponse(self._resource.course)
