"""`Client.catalog.suggestions.course`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .manage import (
        AsyncCatalogSuggestionsCourseManageResource,
        AsyncCatalogSuggestionsCourseManageResourceWithRawResponse,
        CatalogSuggestionsCourseManageResource,
        CatalogSuggestionsCourseManageResourceWithRawResponse,
    )
    from .user import (
        AsyncCatalogSuggestionsCourseUserResource,
        AsyncCatalogSuggestionsCourseUserResourceWithRawResponse,
        CatalogSuggestionsCourseUserResource,
        CatalogSuggestionsCourseUserResourceWithRawResponse,
    )

__all__ = [
    "CatalogSuggestionsCourseResource",
    "CatalogSuggestionsCourseResourceWithRawResponse",
    "AsyncCatalogSuggestionsCourseResource",
    "AsyncCatalogSuggestionsCourseResourceWithRawResponse",
]


class CatalogSuggestionsCourseResource:
    """`Client.catalog.suggestions.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsCourseResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> CatalogSuggestionsCourseManageResource:
        from .manage import CatalogSuggestionsCourseManageResource

        return CatalogSuggestionsCourseManageResource(self._client)

    @cached_property
    def user(self) -> CatalogSuggestionsCourseUserResource:
        from .user import CatalogSuggestionsCourseUserResource

        return CatalogSuggestionsCourseUserResource(self._client)


class CatalogSuggestionsCourseResourceWithRawResponse:
    """`Client.catalog.suggestions.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> CatalogSuggestionsCourseManageResourceWithRawResponse:
        from .manage import CatalogSuggestionsCourseManageResourceWithRawResponse

        return CatalogSuggestionsCourseManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def user(self) -> CatalogSuggestionsCourseUserResourceWithRawResponse:
        from .user import CatalogSuggestionsCourseUserResourceWithRawResponse

        return CatalogSuggestionsCourseUserResourceWithRawResponse(self._resource.user)


class AsyncCatalogSuggestionsCourseResource:
    """`AsyncClient.catalog.suggestions.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsCourseResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> AsyncCatalogSuggestionsCourseManageResource:
        from .manage import AsyncCatalogSuggestionsCourseManageResource

        return AsyncCatalogSuggestionsCourseManageResource(self._client)

    @cached_property
    def user(self) -> AsyncCatalogSuggestionsCourseUserResource:
        from .user import AsyncCatalogSuggestionsCourseUserResource

        return AsyncCatalogSuggestionsCourseUserResource(self._client)


class AsyncCatalogSuggestionsCourseResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> AsyncCatalogSuggestionsCourseManageResourceWithRawResponse:
        from .manage import AsyncCatalogSuggestionsCourseManageResourceWithRawResponse

        return AsyncCatalogSuggestionsCourseManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def user(self) -> AsyncCatalogSuggestionsCourseUserResourceWithRawResponse:
        from .user import AsyncCatalogSuggestionsCourseUserResourceWithRawResponse

        return AsyncCatalogSuggestionsCourseUserResourceWithRawResponse(self._resource.user)
