"""`Client.overview.orgs.courses`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .completions import (
        AsyncOverviewOrgsCoursesCompletionsResource,
        AsyncOverviewOrgsCoursesCompletionsResourceWithRawResponse,
        OverviewOrgsCoursesCompletionsResource,
        OverviewOrgsCoursesCompletionsResourceWithRawResponse,
    )

__all__ = [
    "OverviewOrgsCoursesResource",
    "OverviewOrgsCoursesResourceWithRawResponse",
    "AsyncOverviewOrgsCoursesResource",
    "AsyncOverviewOrgsCoursesResourceWithRawResponse",
]


class OverviewOrgsCoursesResource:
    """`Client.overview.orgs.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OverviewOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OverviewOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def completions(self) -> OverviewOrgsCoursesCompletionsResource:
        from .completions import OverviewOrgsCoursesCompletionsResource

        return OverviewOrgsCoursesCompletionsResource(self._client)


class OverviewOrgsCoursesResourceWithRawResponse:
    """`Client.overview.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OverviewOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> OverviewOrgsCoursesCompletionsResourceWithRawResponse:
        from .completions import OverviewOrgsCoursesCompletionsResourceWithRawResponse

        return OverviewOrgsCoursesCompletionsResourceWithRawResponse(self._resource.completions)


class AsyncOverviewOrgsCoursesResource:
    """`AsyncClient.overview.orgs.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOverviewOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOverviewOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def completions(self) -> AsyncOverviewOrgsCoursesCompletionsResource:
        from .completions import AsyncOverviewOrgsCoursesCompletionsResource

        return AsyncOverviewOrgsCoursesCompletionsResource(self._client)


class AsyncOverviewOrgsCoursesResourceWithRawResponse:
    """`AsyncClient.overview.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOverviewOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncOverviewOrgsCoursesCompletionsResourceWithRawResponse:
        from .completions import AsyncOverviewOrgsCoursesCompletionsResourceWithRawResponse

        return AsyncOverviewOrgsCoursesCompletionsResourceWithRawResponse(
            self._resource.completions
        )
