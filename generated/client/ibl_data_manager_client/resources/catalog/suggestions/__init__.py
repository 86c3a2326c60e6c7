"""`Client.catalog.suggestions`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .course import (
        AsyncCatalogSuggestionsCourseResource,
        AsyncCatalogSuggestionsCourseResourceWithRawResponse,
        CatalogSuggestionsCourseResource,
        CatalogSuggestionsCourseResourceWithRawResponse,
    )
    from .pathway import (
        AsyncCatalogSuggestionsPathwayResource,
        AsyncCatalogSuggestionsPathwayResourceWithRawResponse,
        CatalogSuggestionsPathwayResource,
        CatalogSuggestionsPathwayResourceWithRawResponse,
    )
    from .program import (
        AsyncCatalogSuggestionsProgramResource,
        AsyncCatalogSuggestionsProgramResourceWithRawResponse,
        CatalogSuggestionsProgramResource,
        CatalogSuggestionsProgramResourceWithRawResponse,
    )

__all__ = [
    "CatalogSuggestionsResource",
    "CatalogSuggestionsResourceWithRawResponse",
    "AsyncCatalogSuggestionsResource",
    "AsyncCatalogSuggestionsResourceWithRawResponse",
]


class CatalogSuggestionsResource:
    """`Client.catalog.suggestions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogSuggestionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogSuggestionsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> CatalogSuggestionsCourseResource:
        from .course import CatalogSuggestionsCourseResource

        return CatalogSuggestionsCourseResource(self._client)

    @cached_property
    def pathway(self) -> CatalogSuggestionsPathwayResource:
        from .pathway import CatalogSuggestionsPathwayResource

        return CatalogSuggestionsPathwayResource(self._client)

    @cached_property
    def program(self) -> CatalogSuggestionsProgramResource:
        from .program import CatalogSuggestionsProgramResource

        return CatalogSuggestionsProgramResource(self._client)


class CatalogSuggestionsResourceWithRawResponse:
    """`Client.catalog.suggestions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogSuggestionsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> CatalogSuggestionsCourseResourceWithRawResponse:
        from .course import CatalogSuggestionsCourseResourceWithRawResponse

        return CatalogSuggestionsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def pathway(self) -> CatalogSuggestionsPathwayResourceWithRawResponse:
        from .pathway import CatalogSuggestionsPathwayResourceWithRawResponse

        return CatalogSuggestionsPathwayResourceWithRawResponse(self._resource.pathway)

    @cached_property
    def program(self) -> CatalogSuggestionsProgramResourceWithRawResponse:
        from .program import CatalogSuggestionsProgramResourceWithRawResponse

        return CatalogSuggestionsProgramResourceWithRawResponse(self._resource.program)


class AsyncCatalogSuggestionsResource:
    """`AsyncClient.catalog.suggestions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogSuggestionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogSuggestionsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncCatalogSuggestionsCourseResource:
        from .course import AsyncCatalogSuggestionsCourseResource

        return AsyncCatalogSuggestionsCourseResource(self._client)

    @cached_property
    def pathway(self) -> AsyncCatalogSuggestionsPathwayResource:
        from .pathway import AsyncCatalogSuggestionsPathwayResource

        return AsyncCatalogSuggestionsPathwayResource(self._client)

    @cached_property
    def program(self) -> AsyncCatalogSuggestionsProgramResource:
        from .program import AsyncCatalogSuggestionsProgramResource

        return AsyncCatalogSuggestionsProgramResource(self._client)


class AsyncCatalogSuggestionsResourceWithRawResponse:
    """`AsyncClient.catalog.suggestions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogSuggestionsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncCatalogSuggestionsCourseResourceWithRawResponse:
        from .course import AsyncCatalogSuggestionsCourseResourceWithRawResponse

        return AsyncCatalogSuggestionsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def pathway(self) -> AsyncCatalogSuggestionsPathwayResourceWithRawResponse:
        from .pathway import AsyncCatalogSuggestionsPathwayResourceWithRawResponse

        return AsyncCatalogSuggestionsPathwayResourceWithRawResponse(self._resource.pathway)

    @cached_property
    def program(self) -> AsyncCatalogSuggestionsProgramResourceWithRawResponse:
        from .program import AsyncCatalogSuggestionsProgramResourceWithRawResponse

        return AsyncCatalogSuggestionsProgramResourceWithRawResponse(self._resource.program)
