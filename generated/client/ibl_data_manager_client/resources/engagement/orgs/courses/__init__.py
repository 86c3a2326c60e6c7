"""`Client.engagement.orgs.courses`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .time import (
        AsyncEngagementOrgsCoursesTimeResource,
        AsyncEngagementOrgsCoursesTimeResourceWithRawResponse,
        EngagementOrgsCoursesTimeResource,
        EngagementOrgsCoursesTimeResourceWithRawResponse,
    )
    from .videos import (
        AsyncEngagementOrgsCoursesVideosResource,
        AsyncEngagementOrgsCoursesVideosResourceWithRawResponse,
        EngagementOrgsCoursesVideosResource,
        EngagementOrgsCoursesVideosResourceWithRawResponse,
    )

__all__ = [
    "EngagementOrgsCoursesResource",
    "EngagementOrgsCoursesResourceWithRawResponse",
    "AsyncEngagementOrgsCoursesResource",
    "AsyncEngagementOrgsCoursesResourceWithRawResponse",
]


class EngagementOrgsCoursesResource:
    """`Client.engagement.orgs.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def time(self) -> EngagementOrgsCoursesTimeResource:
        from .time import EngagementOrgsCoursesTimeResource

        return EngagementOrgsCoursesTimeResource(self._client)

    @cached_property
    def videos(self) -> EngagementOrgsCoursesVideosResource:
        from .videos import EngagementOrgsCoursesVideosResource

        return EngagementOrgsCoursesVideosResource(self._client)


class EngagementOrgsCoursesResourceWithRawResponse:
    """`Client.engagement.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def time(self) -> EngagementOrgsCoursesTimeResourceWithRawResponse:
        from .time import EngagementOrgsCoursesTimeResourceWithRawResponse

        return EngagementOrgsCoursesTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> EngagementOrgsCoursesVideosResourceWithRawResponse:
        from .videos import EngagementOrgsCoursesVideosResourceWithRawResponse

        return EngagementOrgsCoursesVideosResourceWithRawResponse(self._resource.videos)


class AsyncEngagementOrgsCoursesResource:
    """`AsyncClient.engagement.orgs.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCoursesResourceWithRawResponse(self)

    @cached_property
    def time(self) -> AsyncEngagementOrgsCoursesTimeResource:
        from .time import AsyncEngagementOrgsCoursesTimeResource

        return AsyncEngagementOrgsCoursesTimeResource(self._client)

    @cached_property
    def videos(self) -> AsyncEngagementOrgsCoursesVideosResource:
        from .videos import AsyncEngagementOrgsCoursesVideosResource

        return AsyncEngagementOrgsCoursesVideosResource(self._client)


class AsyncEngagementOrgsCoursesResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def time(self) -> AsyncEngagementOrgsCoursesTimeResourceWithRawResponse:
        from .time import AsyncEngagementOrgsCoursesTimeResourceWithRawResponse

        return AsyncEngagementOrgsCoursesTimeResourceWithRawResponse(self._resource.time)

    @cached_property
    def videos(self) -> AsyncEngagementOrgsCoursesVideosResourceWithRawResponse:
        from .videos import AsyncEngagementOrgsCoursesVideosResourceWithRawResponse

        return AsyncEngagementOrgsCoursesVideosResourceWithRawResponse(self._resource.videos)
