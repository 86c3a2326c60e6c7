"""`Client.catalog.suggestions.program`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .manage import (
        AsyncCatalogSuggestionsProgramManageResource,
        AsyncCatalogSuggestionsProgramManageResourceWithRawResponse,
        CatalogSuggestionsProgramManageResource,
        CatalogSuggestionsProgramManageResourceWithRawResponse,
    )
    from .user import (
        AsyncCatalogSuggestionsProgramUserResource,
        AsyncCatalogSuggestionsProgramUserResourceWithRawResponse,
        CatalogSuggestionsProgramUserResource,
        CatalogSuggestionsProgramUserResourceWithRawResponse,
    )

__all__ = [
    "CatalogSuggestionsProgramResource",
    "CatalogSuggestionsProgramResourceWithRawResponse",
    "AsyncCatalogSuggestionsProgramResource",
    "AsyncCatalogSuggestionsProgramResourceWithRawResponse",
]


class CatalogSuggestionsProgramResource:
    """`Client.catalog.suggestions.program`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsProgramResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> CatalogSuggestionsProgramManageResource:
        from .manage import CatalogSuggestionsProgramManageResource

        return CatalogSuggestionsProgramManageResource(self._client)

    @cached_property
    def user(self) -> CatalogSuggestionsProgramUserResource:
        from .user import CatalogSuggestionsProgramUserResource

        return CatalogSuggestionsProgramUserResource(self._client)


class CatalogSuggestionsProgramResourceWithRawResponse:
    """`Client.catalog.suggestions.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsProgramResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> CatalogSuggestionsProgramManageResourceWithRawResponse:
        from .manage import CatalogSuggestionsProgramManageResourceWithRawResponse

        return CatalogSuggestionsProgramManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def user(self) -> CatalogSuggestionsProgramUserResourceWithRawResponse:
        from .user import CatalogSuggestionsProgramUserResourceWithRawResponse

        return CatalogSuggestionsProgramUserResourceWithRawResponse(self._resource.user)


class AsyncCatalogSuggestionsProgramResource:
    """`AsyncClient.catalog.suggestions.program`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsProgramResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsProgramResourceWithRawResponse(self)

    @cached_property
    def manage(self) -> AsyncCatalogSuggestionsProgramManageResource:
        from .manage import AsyncCatalogSuggestionsProgramManageResource

        return AsyncCatalogSuggestionsProgramManageResource(self._client)

    @cached_property
    def user(self) -> AsyncCatalogSuggestionsProgramUserResource:
        from .user import AsyncCatalogSuggestionsProgramUserResource

        return AsyncCatalogSuggestionsProgramUserResource(self._client)


class AsyncCatalogSuggestionsProgramResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions.program`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsProgramResource) -> None:
        self._resource = resource

    @cached_property
    def manage(self) -> AsyncCatalogSuggestionsProgramManageResourceWithRawResponse:
        from .manage import AsyncCatalogSuggestionsProgramManageResourceWithRawResponse

        return AsyncCatalogSuggestionsProgramManageResourceWithRawResponse(self._resource.manage)

    @cached_property
    def user(self) -> AsyncCatalogSuggestionsProgramUserResourceWithRawResponse:
        from .user import AsyncCatalogSuggestionsProgramUserResourceWithRawResponse

        return AsyncCatalogSuggestionsProgramUserResourceWithRawResponse(self._resource.user)
