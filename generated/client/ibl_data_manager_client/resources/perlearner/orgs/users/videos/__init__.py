"""`Client.perlearner.orgs.users.videos`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .over_time import (
        AsyncPerlearnerOrgsUsersVideosOverTimeResource,
        AsyncPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse,
        PerlearnerOrgsUsersVideosOverTimeResource,
        PerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AsyncPerlearnerOrgsUsersVideosPerCourseResource,
        AsyncPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse,
        PerlearnerOrgsUsersVideosPerCourseResource,
        PerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersVideosResource",
    "PerlearnerOrgsUsersVideosResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersVideosResource",
    "AsyncPerlearnerOrgsUsersVideosResourceWithRawResponse",
]


class PerlearnerOrgsUsersVideosResource:
    """`Client.perlearner.orgs.users.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> PerlearnerOrgsUsersVideosOverTimeResource:
        from .over_time import PerlearnerOrgsUsersVideosOverTimeResource

        return PerlearnerOrgsUsersVideosOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> PerlearnerOrgsUsersVideosPerCourseResource:
        from .per_course import PerlearnerOrgsUsersVideosPerCourseResource

        return PerlearnerOrgsUsersVideosPerCourseResource(self._client)


class PerlearnerOrgsUsersVideosResourceWithRawResponse:
    """`Client.perlearner.orgs.users.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersVideosResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> PerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse:
        from .over_time import PerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse

        return PerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def per_course(self) -> PerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
        from .per_course import PerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse

        return PerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse(self._resource.per_course)


class AsyncPerlearnerOrgsUsersVideosResource:
    """`AsyncClient.perlearner.orgs.users.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersVideosResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncPerlearnerOrgsUsersVideosOverTimeResource:
        from .over_time import AsyncPerlearnerOrgsUsersVideosOverTimeResource

        return AsyncPerlearnerOrgsUsersVideosOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncPerlearnerOrgsUsersVideosPerCourseResource:
        from .per_course import AsyncPerlearnerOrgsUsersVideosPerCourseResource

        return AsyncPerlearnerOrgsUsersVideosPerCourseResource(self._client)


class AsyncPerlearnerOrgsUsersVideosResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersVideosResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AsyncPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse:
        from .over_time import AsyncPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersVideosOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AsyncPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse:
        from .per_course import AsyncPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersVideosPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
