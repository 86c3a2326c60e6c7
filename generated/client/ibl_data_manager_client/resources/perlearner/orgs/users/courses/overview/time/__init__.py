"""`Client.perlearner.orgs.users.courses.overview.time`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client
    from .over_time import (
        AsyncPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource,
        AsyncPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource,
        PerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersCoursesOverviewTimeResource",
    "PerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersCoursesOverviewTimeResource",
    "AsyncPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse",
]


class PerlearnerOrgsUsersCoursesOverviewTimeResource:
    """`Client.perlearner.orgs.users.courses.overview.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> PerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource:
        from .over_time import PerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource

        return PerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource(self._client)


class PerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
    """`Client.perlearner.orgs.users.courses.overview.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersCoursesOverviewTimeResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> PerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse:
        from .over_time import PerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )


class AsyncPerlearnerOrgsUsersCoursesOverviewTimeResource:
    """`AsyncClient.perlearner.orgs.users.courses.overview.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource:
        from .over_time import AsyncPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource

        return AsyncPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResource(self._client)


class AsyncPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.courses.overview.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersCoursesOverviewTimeResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(
        self,
    ) -> AsyncPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse,
        )

        return AsyncPerlearnerOrgsUsersCoursesOverviewTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )
