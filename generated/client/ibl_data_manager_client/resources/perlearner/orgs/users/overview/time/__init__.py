"""`Client.perlearner.orgs.users.overview.time`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .over_time import (
        AsyncPerlearnerOrgsUsersOverviewTimeOverTimeResource,
        AsyncPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse,
        PerlearnerOrgsUsersOverviewTimeOverTimeResource,
        PerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersOverviewTimeResource",
    "PerlearnerOrgsUsersOverviewTimeResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersOverviewTimeResource",
    "AsyncPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse",
]


class PerlearnerOrgsUsersOverviewTimeResource:
    """`Client.perlearner.orgs.users.overview.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersOverviewTimeResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> PerlearnerOrgsUsersOverviewTimeOverTimeResource:
        from .over_time import PerlearnerOrgsUsersOverviewTimeOverTimeResource

        return PerlearnerOrgsUsersOverviewTimeOverTimeResource(self._client)


class PerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
    """`Client.perlearner.orgs.users.overview.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersOverviewTimeResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> PerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse:
        from .over_time import PerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse

        return PerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )


class AsyncPerlearnerOrgsUsersOverviewTimeResource:
    """`AsyncClient.perlearner.orgs.users.overview.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncPerlearnerOrgsUsersOverviewTimeOverTimeResource:
        from .over_time import AsyncPerlearnerOrgsUsersOverviewTimeOverTimeResource

        return AsyncPerlearnerOrgsUsersOverviewTimeOverTimeResource(self._client)


class AsyncPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.overview.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersOverviewTimeResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AsyncPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse:
        from .over_time import AsyncPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersOverviewTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )
