"""`Client.catalog.suggestions.pathway`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .manage import (
        AsyncCatalogSuggestionsPathwayManageResource,
        AsyncCatalogSuggestionsPathwayManageResourceWithRawResponse,
        CatalogSuggestionsPathwayManageResource,
        CatalogSuggestionsPathwayManageResourceWithRawResponse,
    )
    from .user import (
        AsyncCatalogSuggestionsPathwayUserResource,
        AsyncCatalogSuggestionsPathwayUserResourceWithRawResponse,
        CatalogSuggestionsPathwayUserResource,
        CatalogSuggestionsPathwayUserResourceWithRawResponse,
    )

__all__ = [
    "CatalogSuggestionsPathwayResource",
    "CatalogSuggestionsPathwayResourceWithRawResponse",
    "AsyncCatalogSuggestionsPathwayResource",
    "AsyncCatalogSuggestionsPathwayResourceWithRawResponse",
]


class CatalogSuggestionsPathwayResource:
    """`Client.catalog.suggestions.pathway`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsPathwayResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsPathwayResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> CatalogSuggestionsPathwayManageResource:
        from .manage import CatalogSuggestionsPathwayManageResource

        return CatalogSuggestionsPathwayManageResource(self._client)

    @cached_property
    def user(self) -> CatalogSuggestionsPathwayUserResource:
        from .user import CatalogSuggestionsPathwayUserResource

        return CatalogSuggestionsPathwayUserResource(self._client)


class CatalogSuggestionsPathwayResourceWithRawResponse:
    """`Client.catalog.suggestions.pathway`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsPathwayResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> CatalogSuggestionsPathwayManageResourceWithRawResponse:
        from .manage import CatalogSuggestionsPathwayManageResourceWithRawResponse

        return CatalogSuggestionsPathwayManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def user(self) -> CatalogSuggestionsPathwayUserResourceWithRawResponse:
        from .user import CatalogSuggestionsPathwayUserResourceWithRawResponse

        return CatalogSuggestionsPathwayUserResourceWithRawResponse(self._resource.user)


class AsyncCatalogSuggestionsPathwayResource:
    """`AsyncClient.catalog.suggestions.pathway`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsPathwayResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsPathwayResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> AsyncCatalogSuggestionsPathwayManageResource:
        from .manage import AsyncCatalogSuggestionsPathwayManageResource

        return AsyncCatalogSuggestionsPathwayManageResource(self._client)

    @cached_property
    def user(self) -> AsyncCatalogSuggestionsPathwayUserResource:
        from .user import AsyncCatalogSuggestionsPathwayUserResource

        return AsyncCatalogSuggestionsPathwayUserResource(self._client)


class AsyncCatalogSuggestionsPathwayResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.pathway`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsPathwayResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> AsyncCatalogSuggestionsPathwayManageResourceWithRawResponse:
        from .manage import AsyncCatalogSuggestionsPathwayManageResourceWithRawResponse

        return AsyncCatalogSuggestionsPathwayManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def user(self) -> AsyncCatalogSuggestionsPathwayUserResourceWithRawResponse:
        from .user import AsyncCatalogSuggestionsPathwayUserResourceWithRawResponse

        return AsyncCatalogSuggestionsPathwayUserResourceWithRawResponse(self._resource.user)
