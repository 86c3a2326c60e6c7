"""`Client.perlearner.orgs.users.courses.overview`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .engagement_index import (
        AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource,
        AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesOverviewEngagementIndexResource,
        PerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse,
    )
    from .grade import (
        AsyncPerlearnerOrgsUsersCoursesOverviewGradeResource,
        AsyncPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesOverviewGradeResource,
        PerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse,
    )
    from .performance_index import (
        AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource,
        AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource,
        PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse,
    )
    from .time import (
        AsyncPerlearnerOrgsUsersCoursesOverviewTimeResource,
        AsyncPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesOverviewTimeResource,
        PerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersCoursesOverviewResource",
    "PerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersCoursesOverviewResource",
    "AsyncPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse",
]


class PerlearnerOrgsUsersCoursesOverviewResource:
    """`Client.perlearner.orgs.users.courses.overview`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse(self)

    @cached_property
    def engagement_index(self) -> PerlearnerOrgsUsersCoursesOverviewEngagementIndexResource:
        from .engagement_index import PerlearnerOrgsUsersCoursesOverviewEngagementIndexResource

        return PerlearnerOrgsUsersCoursesOverviewEngagementIndexResource(self._client)

    @cached_property
    def grade(self) -> PerlearnerOrgsUsersCoursesOverviewGradeResource:
        from .grade import PerlearnerOrgsUsersCoursesOverviewGradeResource

        return PerlearnerOrgsUsersCoursesOverviewGradeResource(self._client)

    @cached_property
    def performance_index(self) -> PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource:
        from .performance_index import PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource

        return PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource(self._client)

    @cached_property
    def time(self) -> PerlearnerOrgsUsersCoursesOverviewTimeResource:
        from .time import PerlearnerOrgsUsersCoursesOverviewTimeResource

        return PerlearnerOrgsUsersCoursesOverviewTimeResource(self._client)


class PerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
    """`Client.perlearner.orgs.users.courses.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersCoursesOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def engagement_index(
        self,
    ) -> PerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse:
        from .engagement_index import (
            PerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse,
        )

        return PerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse(
            self._resource.engagement_index
        )

    @cached_property
    def grade(self) -> PerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse:
        from .grade import PerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse(self._resource.grade)

    @cached_property
    def performance_index(
        self,
    ) -> PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse:
        from .performance_index import (
            PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse,
        )

        return PerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse(
            self._resource.performance_index
        )

    @cached_property
    def time(self) -> PerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
        from .time import PerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse(self._resource.time)


class AsyncPerlearnerOrgsUsersCoursesOverviewResource:
    """`AsyncClient.perlearner.orgs.users.courses.overview`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse(self)

    @cached_property
    def engagement_index(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource:
        from .engagement_index import AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource

        return AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource(self._client)

    @cached_property
    def grade(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewGradeResource:
        from .grade import AsyncPerlearnerOrgsUsersCoursesOverviewGradeResource

        return AsyncPerlearnerOrgsUsersCoursesOverviewGradeResource(self._client)

    @cached_property
    def performance_index(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource:
        from .performance_index import (
            AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource,
        )

        return AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResource(self._client)

    @cached_property
    def time(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewTimeResource:
        from .time import AsyncPerlearnerOrgsUsersCoursesOverviewTimeResource

        return AsyncPerlearnerOrgsUsersCoursesOverviewTimeResource(self._client)


class AsyncPerlearnerOrgsUsersCoursesOverviewResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.courses.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersCoursesOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def engagement_index(
        self,
    ) -> AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse:
        from .engagement_index import (
            AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse,
        )

        return AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse(
            self._resource.engagement_index
        )

    @cached_property
    def grade(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse:
        from .grade import AsyncPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesOverviewGradeResourceWithRawResponse(
            self._resource.grade
        )

    @cached_property
    def performance_index(
        self,
    ) -> AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse:
        from .performance_index import (
            AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse,
        )

        return AsyncPerlearnerOrgsUsersCoursesOverviewPerformanceIndexResourceWithRawResponse(
            self._resource.performance_index
        )

    @cached_property
    def time(self) -> AsyncPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse:
        from .time import AsyncPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesOverviewTimeResourceWithRawResponse(
            self._resource.time
        )
