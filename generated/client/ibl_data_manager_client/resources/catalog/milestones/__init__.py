"""`Client.catalog.milestones`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .completions import (
        AsyncCatalogMilestonesCompletionsResource,
        AsyncCatalogMilestonesCompletionsResourceWithRawResponse,
        CatalogMilestonesCompletionsResource,
        CatalogMilestonesCompletionsResourceWithRawResponse,
    )
    from .skill_points import (
        AsyncCatalogMilestonesSkillPointsResource,
        AsyncCatalogMilestonesSkillPointsResourceWithRawResponse,
        CatalogMilestonesSkillPointsResource,
        CatalogMilestonesSkillPointsResourceWithRawResponse,
    )

__all__ = [
    "CatalogMilestonesResource",
    "CatalogMilestonesResourceWithRawResponse",
    "AsyncCatalogMilestonesResource",
    "AsyncCatalogMilestonesResourceWithRawResponse",
]


class CatalogMilestonesResource:
    """`Client.catalog.milestones`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesResourceWithRawResponse(self)

    @cached_property
    def completions(self) -> CatalogMilestonesCompletionsResource:
        from .completions import CatalogMilestonesCompletionsResource

        return CatalogMilestonesCompletionsResource(self._client)

    @cached_property
    def skill_points(self) -> CatalogMilestonesSkillPointsResource:
        from .skill_points import CatalogMilestonesSkillPointsResource

        return CatalogMilestonesSkillPointsResource(self._client)


class CatalogMilestonesResourceWithRawResponse:
    """`Client.catalog.milestones`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> CatalogMilestonesCompletionsResourceWithRawResponse:
        from .completions import CatalogMilestonesCompletionsResourceWithRawResponse

        return CatalogMilestonesCompletionsResourceWithRawResponse(self._resource.completions)

    @cached_property
    def skill_points(self) -> CatalogMilestonesSkillPointsResourceWithRawResponse:
        from .skill_points import CatalogMilestonesSkillPointsResourceWithRawResponse

        return CatalogMilestonesSkillPointsResourceWithRawResponse(self._resource.skill_points)


class AsyncCatalogMilestonesResource:
    """`AsyncClient.catalog.milestones`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesResourceWithRawResponse(self)

    @cached_property
    def completions(self) -> AsyncCatalogMilestonesCompletionsResource:
        from .completions import AsyncCatalogMilestonesCompletionsResource

        return AsyncCatalogMilestonesCompletionsResource(self._client)

    @cached_property
    def skill_points(self) -> AsyncCatalogMilestonesSkillPointsResource:
        from .skill_points import AsyncCatalogMilestonesSkillPointsResource

        return AsyncCatalogMilestonesSkillPointsResource(self._client)


class AsyncCatalogMilestonesResourceWithRawResponse:
    """`AsyncClient.catalog.milestones`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncCatalogMilestonesCompletionsResourceWithRawResponse:
        from .completions import AsyncCatalogMilestonesCompletionsResourceWithRawResponse

        return AsyncCatalogMilestonesCompletionsResourceWithRawResponse(self._resource.completions)

    @cached_property
    def skill_points(self) -> AsyncCatalogMilestonesSkillPointsResourceWithRawResponse:
        from .skill_points import AsyncCatalogMilestonesSkillPointsResourceWithRawResponse

        return AsyncCatalogMilestonesSkillPointsResourceWithRawResponse(self._resource.skill_points)
