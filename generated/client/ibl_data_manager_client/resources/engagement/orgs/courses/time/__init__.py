"""`Client.engagement.orgs.courses.time`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .average import (
        AsyncEngagementOrgsCoursesTimeAverageResource,
        AsyncEngagementOrgsCoursesTimeAverageResourceWithRawResponse,
        EngagementOrgsCoursesTimeAverageResource,
        EngagementOrgsCoursesTimeAverageResourceWithRawResponse,
    )
    from .detail import (
        AsyncEngagementOrgsCoursesTimeDetailResource,
        AsyncEngagementOrgsCoursesTimeDetailResourceWithRawResponse,
        EngagementOrgsCoursesTimeDetailResource,
        EngagementOrgsCoursesTimeDetailResourceWithRawResponse,
    )
    from .over_time import (
        AsyncEngagementOrgsCoursesTimeOverTimeResource,
        AsyncEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse,
        EngagementOrgsCoursesTimeOverTimeResource,
        EngagementOrgsCoursesTimeOverTimeResourceWithRawResponse,
    )
    from .users import (
        AsyncEngagementOrgsCoursesTimeUsersResource,
        AsyncEngagementOrgsCoursesTimeUsersResourceWithRawResponse,
        EngagementOrgsCoursesTimeUsersResource,
        EngagementOrgsCoursesTimeUsersResourceWithRawResponse,
    )

__all__ = [
    "EngagementOrgsCoursesTimeResource",
    "EngagementOrgsCoursesTimeResourceWithRawResponse",
    "AsyncEngagementOrgsCoursesTimeResource",
    "AsyncEngagementOrgsCoursesTimeResourceWithRawResponse",
]


class EngagementOrgsCoursesTimeResource:
    """`Client.engagement.orgs.courses.time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementOrgsCoursesTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementOrgsCoursesTimeResourceWithRawResponse(self)

    @cached_property
    def average(self) -> EngagementOrgsCoursesTimeAverageResource:
        from .average import EngagementOrgsCoursesTimeAverageResource

        return EngagementOrgsCoursesTimeAverageResource(self._client)

    @cached_property
    def detail(self) -> EngagementOrgsCoursesTimeDetailResource:
        from .detail import EngagementOrgsCoursesTimeDetailResource

        return EngagementOrgsCoursesTimeDetailResource(self._client)

    @cached_property
    def over_time(self) -> EngagementOrgsCoursesTimeOverTimeResource:
        from .over_time import EngagementOrgsCoursesTimeOverTimeResource

        return EngagementOrgsCoursesTimeOverTimeResource(self._client)

    @cached_property
    def users(self) -> EngagementOrgsCoursesTimeUsersResource:
        from .users import EngagementOrgsCoursesTimeUsersResource

        return EngagementOrgsCoursesTimeUsersResource(self._client)


class EngagementOrgsCoursesTimeResourceWithRawResponse:
    """`Client.engagement.orgs.courses.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementOrgsCoursesTimeResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> EngagementOrgsCoursesTimeAverageResourceWithRawResponse:
        from .average import EngagementOrgsCoursesTimeAverageResourceWithRawResponse

        return EngagementOrgsCoursesTimeAverageResourceWithRawResponse(self._resource.average)

    @cached_property
    def detail(self) -> EngagementOrgsCoursesTimeDetailResourceWithRawResponse:
        from .detail import EngagementOrgsCoursesTimeDetailResourceWithRawResponse

        return EngagementOrgsCoursesTimeDetailResourceWithRawResponse(self._resource.detail)

    @cached_property
    def over_time(self) -> EngagementOrgsCoursesTimeOverTimeResourceWithRawResponse:
        from .over_time import EngagementOrgsCoursesTimeOverTimeResourceWithRawResponse

        return EngagementOrgsCoursesTimeOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def users(self) -> EngagementOrgsCoursesTimeUsersResourceWithRawResponse:
        from .users import EngagementOrgsCoursesTimeUsersResourceWithRawResponse

        return EngagementOrgsCoursesTimeUsersResourceWithRawResponse(self._resource.users)


class AsyncEngagementOrgsCoursesTimeResource:
    """`AsyncClient.engagement.orgs.courses.time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementOrgsCoursesTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementOrgsCoursesTimeResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AsyncEngagementOrgsCoursesTimeAverageResource:
        from .average import AsyncEngagementOrgsCoursesTimeAverageResource

        return AsyncEngagementOrgsCoursesTimeAverageResource(self._client)

    @cached_property
    def detail(self) -> AsyncEngagementOrgsCoursesTimeDetailResource:
        from .detail import AsyncEngagementOrgsCoursesTimeDetailResource

        return AsyncEngagementOrgsCoursesTimeDetailResource(self._client)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsCoursesTimeOverTimeResource:
        from .over_time import AsyncEngagementOrgsCoursesTimeOverTimeResource

        return AsyncEngagementOrgsCoursesTimeOverTimeResource(self._client)

    @cached_property
    def users(self) -> AsyncEngagementOrgsCoursesTimeUsersResource:
        from .users import AsyncEngagementOrgsCoursesTimeUsersResource

        return AsyncEngagementOrgsCoursesTimeUsersResource(self._client)


class AsyncEngagementOrgsCoursesTimeResourceWithRawResponse:
    """`AsyncClient.engagement.orgs.courses.time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementOrgsCoursesTimeResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AsyncEngagementOrgsCoursesTimeAverageResourceWithRawResponse:
        from .average import AsyncEngagementOrgsCoursesTimeAverageResourceWithRawResponse

        return AsyncEngagementOrgsCoursesTimeAverageResourceWithRawResponse(self._resource.average)

    @cached_property
    def detail(self) -> AsyncEngagementOrgsCoursesTimeDetailResourceWithRawResponse:
        from .detail import AsyncEngagementOrgsCoursesTimeDetailResourceWithRawResponse

        return AsyncEngagementOrgsCoursesTimeDetailResourceWithRawResponse(self._resource.detail)

    @cached_property
    def over_time(self) -> AsyncEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse:
        from .over_time import AsyncEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse

        return AsyncEngagementOrgsCoursesTimeOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def users(self) -> AsyncEngagementOrgsCoursesTimeUsersResourceWithRawResponse:
        from .users import AsyncEngagementOrgsCoursesTimeUsersResourceWithRawResponse

        return AsyncEngagementOrgsCoursesTimeUsersResourceWithRawResponse(self._resource.users)
