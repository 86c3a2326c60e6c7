"""`Client.perlearner.orgs.users.overview`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .engagement_index import (
        AsyncPerlearnerOrgsUsersOverviewEngagementIndexResource,
        AsyncPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse,
        PerlearnerOrgsUsersOverviewEngagementIndexResource,
        PerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse,
    )
    from .grades import (
        AsyncPerlearnerOrgsUsersOverviewGradesResource,
        AsyncPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse,
        PerlearnerOrgsUsersOverviewGradesResource,
        PerlearnerOrgsUsersOverviewGradesResourceWithRawResponse,
    )
    from .performance_index import (
        AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResource,
        AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse,
        PerlearnerOrgsUsersOverviewPerformanceIndexResource,
        PerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse,
    )
    from .time import (
        AsyncPerlearnerOrgsUsersOverviewTimeResource,
        AsyncPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse,
        PerlearnerOrgsUsersOverviewTimeResource,
        PerlearnerOrgsUsersOverviewTimeResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersOverviewResource",
    "PerlearnerOrgsUsersOverviewResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersOverviewResource",
    "AsyncPerlearnerOrgsUsersOverviewResourceWithRawResponse",
]


class PerlearnerOrgsUsersOverviewResource:
    """`Client.perlearner.orgs.users.overview`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersOverviewResourceWithRawResponse(self)

    @cached_property
    def engagement_index(self) -> PerlearnerOrgsUsersOverviewEngagementIndexResource:
        from .engagement_index import PerlearnerOrgsUsersOverviewEngagementIndexResource

        return PerlearnerOrgsUsersOverviewEngagementIndexResource(self._client)

    @cached_property
    def grades(self) -> PerlearnerOrgsUsersOverviewGradesResource:
        from .grades import PerlearnerOrgsUsersOverviewGradesResource

        return PerlearnerOrgsUsersOverviewGradesResource(self._client)

    @cached_property
    def performance_index(self) -> PerlearnerOrgsUsersOverviewPerformanceIndexResource:
        from .performance_index import PerlearnerOrgsUsersOverviewPerformanceIndexResource

        return PerlearnerOrgsUsersOverviewPerformanceIndexResource(self._client)

    @cached_property
    def time(self) -> PerlearnerOrgsUsersOverviewTimeResource:
        from .time import PerlearnerOrgsUsersOverviewTimeResource

        return PerlearnerOrgsUsersOverviewTimeResource(self._client)


class PerlearnerOrgsUsersOverviewResourceWithRawResponse:
    """`Client.perlearner.orgs.users.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def engagement_index(self) -> PerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
        from .engagement_index import (
            PerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse,
        )

        return PerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse(
            self._resource.engagement_index
        )

    @cached_property
    def grades(self) -> PerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
        from .grades import PerlearnerOrgsUsersOverviewGradesResourceWithRawResponse

        return PerlearnerOrgsUsersOverviewGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def performance_index(
        self,
    ) -> PerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse:
        from .performance_index import (
            PerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse,
        )

        return PerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse(
            self._resource.performance_index
        )

    @cached_property
    def time(self) -> PerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
        from .time import PerlearnerOrgsUsersOverviewTimeResourceWithRawResponse

        return PerlearnerOrgsUsersOverviewTimeResourceWithRawResponse(self._resource.time)


class AsyncPerlearnerOrgsUsersOverviewResource:
    """`AsyncClient.perlearner.orgs.users.overview`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersOverviewResourceWithRawResponse(self)

    @cached_property
    def engagement_index(self) -> AsyncPerlearnerOrgsUsersOverviewEngagementIndexResource:
        from .engagement_index import AsyncPerlearnerOrgsUsersOverviewEngagementIndexResource

        return AsyncPerlearnerOrgsUsersOverviewEngagementIndexResource(self._client)

    @cached_property
    def grades(self) -> AsyncPerlearnerOrgsUsersOverviewGradesResource:
        from .grades import AsyncPerlearnerOrgsUsersOverviewGradesResource

        return AsyncPerlearnerOrgsUsersOverviewGradesResource(self._client)

    @cached_property
    def performance_index(self) -> AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResource:
        from .performance_index import AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResource

        return AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResource(self._client)

    @cached_property
    def time(self) -> AsyncPerlearnerOrgsUsersOverviewTimeResource:
        from .time import AsyncPerlearnerOrgsUsersOverviewTimeResource

        return AsyncPerlearnerOrgsUsersOverviewTimeResource(self._client)


class AsyncPerlearnerOrgsUsersOverviewResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def engagement_index(
        self,
    ) -> AsyncPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
        from .engagement_index import (
            AsyncPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse,
        )

        return AsyncPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse(
            self._resource.engagement_index
        )

    @cached_property
    def grades(self) -> AsyncPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
        from .grades import AsyncPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def performance_index(
        self,
    ) -> AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse:
        from .performance_index import (
            AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse,
        )

        return AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse(
            self._resource.performance_index
        )

    @cached_property
    def time(self) -> AsyncPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse:
        from .time import AsyncPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersOverviewTimeResourceWithRawResponse(self._resource.time)
