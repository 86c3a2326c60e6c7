"""`Client.catalog.milestones.completions`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .course import (
        AsyncCatalogMilestonesCompletionsCourseResource,
        AsyncCatalogMilestonesCompletionsCourseResourceWithRawResponse,
        CatalogMilestonesCompletionsCourseResource,
        CatalogMilestonesCompletionsCourseResourceWithRawResponse,
    )
    from .pathway import (
        AsyncCatalogMilestonesCompletionsPathwayResource,
        AsyncCatalogMilestonesCompletionsPathwayResourceWithRawResponse,
        CatalogMilestonesCompletionsPathwayResource,
        CatalogMilestonesCompletionsPathwayResourceWithRawResponse,
    )
    from .program import (
        AsyncCatalogMilestonesCompletionsProgramResource,
        AsyncCatalogMilestonesCompletionsProgramResourceWithRawResponse,
        CatalogMilestonesCompletionsProgramResource,
        CatalogMilestonesCompletionsProgramResourceWithRawResponse,
    )
    from .resource import (
        AsyncCatalogMilestonesCompletionsResourceResource,
        AsyncCatalogMilestonesCompletionsResourceResourceWithRawResponse,
        CatalogMilestonesCompletionsResourceResource,
        CatalogMilestonesCompletionsResourceResourceWithRawResponse,
    )

__all__ = [
    "CatalogMilestonesCompletionsResource",
    "CatalogMilestonesCompletionsResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsResource",
    "AsyncCatalogMilestonesCompletionsResourceWithRawResponse",
]


class CatalogMilestonesCompletionsResource:
    """`Client.catalog.milestones.completions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> CatalogMilestonesCompletionsCourseResource:
        from .course import CatalogMilestonesCompletionsCourseResource

        return CatalogMilestonesCompletionsCourseResource(self._client)

    @cached_property
    def pathway(self) -> CatalogMilestonesCompletionsPathwayResource:
        from .pathway import CatalogMilestonesCompletionsPathwayResource

        return CatalogMilestonesCompletionsPathwayResource(self._client)

    @cached_property
    def program(self) -> CatalogMilestonesCompletionsProgramResource:
        from .program import CatalogMilestonesCompletionsProgramResource

        return CatalogMilestonesCompletionsProgramResource(self._client)

    @cached_property
    def resource(self) -> CatalogMilestonesCompletionsResourceResource:
        from .resource import CatalogMilestonesCompletionsResourceResource

        return CatalogMilestonesCompletionsResourceResource(self._client)


class CatalogMilestonesCompletionsResourceWithRawResponse:
    """`Client.catalog.milestones.completions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> CatalogMilestonesCompletionsCourseResourceWithRawResponse:
        from .course import CatalogMilestonesCompletionsCourseResourceWithRawResponse

        return CatalogMilestonesCompletionsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def pathway(self) -> CatalogMilestonesCompletionsPathwayResourceWithRawResponse:
        from .pathway import CatalogMilestonesCompletionsPathwayResourceWithRawResponse

        return CatalogMilestonesCompletionsPathwayResourceWithRawResponse(self._resource.pathway)

    @cached_property
    def program(self) -> CatalogMilestonesCompletionsProgramResourceWithRawResponse:
        from .program import CatalogMilestonesCompletionsProgramResourceWithRawResponse

        return CatalogMilestonesCompletionsProgramResourceWithRawResponse(self._resource.program)

    @cached_property
    def resource(self) -> CatalogMilestonesCompletionsResourceResourceWithRawResponse:
        from .resource import CatalogMilestonesCompletionsResourceResourceWithRawResponse

        return CatalogMilestonesCompletionsResourceResourceWithRawResponse(self._resource.resource)


class AsyncCatalogMilestonesCompletionsResource:
    """`AsyncClient.catalog.milestones.completions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesCompletionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsResourceWithRawResponse(self)

    @cached_property
    def course(self) -> AsyncCatalogMilestonesCompletionsCourseResource:
        from .course import AsyncCatalogMilestonesCompletionsCourseResource

        return AsyncCatalogMilestonesCompletionsCourseResource(self._client)

    @cached_property
    def pathway(self) -> AsyncCatalogMilestonesCompletionsPathwayResource:
        from .pathway import AsyncCatalogMilestonesCompletionsPathwayResource

        return AsyncCatalogMilestonesCompletionsPathwayResource(self._client)

    @cached_property
    def program(self) -> AsyncCatalogMilestonesCompletionsProgramResource:
        from .program import AsyncCatalogMilestonesCompletionsProgramResource

        return AsyncCatalogMilestonesCompletionsProgramResource(self._client)

    @cached_property
    def resource(self) -> AsyncCatalogMilestonesCompletionsResourceResource:
        from .resource import AsyncCatalogMilestonesCompletionsResourceResource

        return AsyncCatalogMilestonesCompletionsResourceResource(self._client)


class AsyncCatalogMilestonesCompletionsResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsResource) -> None:
        self._resource = resource

    @cached_property
    def course(self) -> AsyncCatalogMilestonesCompletionsCourseResourceWithRawResponse:
        from .course import AsyncCatalogMilestonesCompletionsCourseResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def pathway(self) -> AsyncCatalogMilestonesCompletionsPathwayResourceWithRawResponse:
        from .pathway import AsyncCatalogMilestonesCompletionsPathwayResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsPathwayResourceWithRawResponse(
            self._resource.pathway
        )

    @cached_property
    def program(self) -> AsyncCatalogMilestonesCompletionsProgramResourceWithRawResponse:
        from .program import AsyncCatalogMilestonesCompletionsProgramResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsProgramResourceWithRawResponse(
            self._resource.program
        )

    @cached_property
    def resource(self) -> AsyncCatalogMilestonesCompletionsResourceResourceWithRawResponse:
        from .resource import AsyncCatalogMilestonesCompletionsResourceResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsResourceResourceWithRawResponse(
            self._resource.resource
        )
