"""`Client.engagement.orgs.time`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .average_perlearner_percourse import (
        AsyncEngagementOrgsTimeAveragePerlearnerPercourseResource,
        AsyncEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse,
        EngagementOrgsTimeAveragePerlearnerPercourseResource,
        EngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse,
    )
    from .average_with_over_time import (
        AsyncEngagementOrgsTimeAverageWithOverTimeResource,
        AsyncEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse,
        EngagementOrgsTimeAverageWithOverTimeResource,
        EngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse,
    )
    from .over_time import (
        AsyncEngagementOrgsTimeOverTimeResource,
        AsyncEngagementOrgsTimeOverTimeResourceWithRawResponse,
        EngagementOrgsTimeOverTimeResource,
        EngagementOrgsTimeOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AsyncEngagementOrgsTimePerCourseResource,
        AsyncEngagementOrgsTimePerCourseResourceWithRawResponse,
        EngagementOrgsTimePerCourseResource,
        EngagementOrgsTimePerCourseResourceWithRawResponse,
    )

__all__ = [
    "EngagementOrgsTimeResource",
    "EngagementOrgsTimeResourceWithRawResponse",
    "AsyncEngagementOrgsTimeResource",
    "AsyncEngagementOrgsTimeResourceWithRawResponse",
]


class EngagementOrgsTimeResource:
    """`Client.engagement.orgs.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsTimeResourceWithRawResponse(self)

    @cached_property
    def average_perlearner_percourse(self) -> EngagementOrgsTimeAveragePerlearnerPercourseResource:
        from .average_perlearner_percourse import (
            EngagementOrgsTimeAveragePerlearnerPercourseResource,
        )

        return EngagementOrgsTimeAveragePerlearnerPercourseResource(self._client)

    @cached_property
    def average_with_over_time(self) -> EngagementOrgsTimeAverageWithOverTimeResource:
        from .average_with_over_time import EngagementOrgsTimeAverageWithOverTimeResource

        return EngagementOrgsTimeAverageWithOverTimeResource(self._client)

    @cached_property
    def over_time(self) -> EngagementOrgsTimeOverTimeResource:
        from .over_time import EngagementOrgsTimeOverTimeResource

        return EngagementOrgsTimeOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> EngagementOrgsTimePerCourseResource:
        from .per_course import EngagementOrgsTimePerCourseResource

        return EngagementOrgsTimePerCourseResource(self._client)


class EngagementOrgsTimeResourceWithRawResponse:
    """`Client.engagement.orgs.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsTimeResource) -> None:
        self._resource = resource

    @cached_property
    def average_perlearner_percourse(
        self,
    ) -> EngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse:
        from .average_perlearner_percourse import (
            EngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse,
        )

        return EngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse(
            self._resource.average_perlearner_percourse
        )

    @cached_property
    def average_with_over_time(
        self,
    ) -> EngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse:
        from .average_with_over_time import (
            EngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse,
        )

        return EngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse(
            self._resource.average_with_over_time
        )

    @cached_property
    def over_time(self) -> EngagementOrgsTimeOverTimeResourceWithRawResponse:
        from .over_time import EngagementOrgsTimeOverTimeResourceWithRawResponse

        return EngagementOrgsTimeOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def per_course(self) -> EngagementOrgsTimePerCourseResourceWithRawResponse:
        from .per_course import EngagementOrgsTimePerCourseResourceWithRawResponse

        return EngagementOrgsTimePerCourseResourceWithRawResponse(self._resource.per_course)


class AsyncEngagementOrgsTimeResource:
    """`AsyncClient.engagement.orgs.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsTimeResourceWithRawResponse(self)

    @cached_property
    def average_perlearner_percourse(
        self,
    ) -> AsyncEngagementOrgsTimeAveragePerlearnerPercourseResource:
        from .average_perlearner_percourse import (
            AsyncEngagementOrgsTimeAveragePerlearnerPercourseResource,
        )

        return AsyncEngagementOrgsTimeAveragePerlearnerPercourseResource(self._client)

    @cached_property
    def average_with_over_time(self) -> AsyncEngagementOrgsTimeAverageWithOverTimeResource:
        from .average_with_over_time import AsyncEngagementOrgsTimeAverageWithOverTimeResource

        return AsyncEngagementOrgsTimeAverageWithOverTimeResource(self._client)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsTimeOverTimeResource:
        from .over_time import AsyncEngagementOrgsTimeOverTimeResource

        return AsyncEngagementOrgsTimeOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncEngagementOrgsTimePerCourseResource:
        from .per_course import AsyncEngagementOrgsTimePerCourseResource

        return AsyncEngagementOrgsTimePerCourseResource(self._client)


class AsyncEngagementOrgsTimeResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsTimeResource) -> None:
        self._resource = resource

    @cached_property
    def average_perlearner_percourse(
        self,
    ) -> AsyncEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse:
        from .average_perlearner_percourse import (
            AsyncEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse,
        )

        return AsyncEngagementOrgsTimeAveragePerlearnerPercourseResourceWithRawResponse(
            self._resource.average_perlearner_percourse
        )

    @cached_property
    def average_with_over_time(
        self,
    ) -> AsyncEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse:
        from .average_with_over_time import (
            AsyncEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse,
        )

        return AsyncEngagementOrgsTimeAverageWithOverTimeResourceWithRawResponse(
            self._resource.average_with_over_time
        )

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsTimeOverTimeResourceWithRawResponse:
        from .over_time import AsyncEngagementOrgsTimeOverTimeResourceWithRawResponse

        return AsyncEngagementOrgsTimeOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def per_course(self) -> AsyncEngagementOrgsTimePerCourseResourceWithRawResponse:
        from .per_course import AsyncEngagementOrgsTimePerCourseResourceWithRawResponse

        return AsyncEngagementOrgsTimePerCourseResourceWithRawResponse(self._resource.per_course)
