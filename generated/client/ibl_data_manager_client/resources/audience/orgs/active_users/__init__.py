"""`Client.audience.orgs.active_users`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .over_time import (
        AsyncAudienceOrgsActiveUsersOverTimeResource,
        AsyncAudienceOrgsActiveUsersOverTimeResourceWithRawResponse,
        AudienceOrgsActiveUsersOverTimeResource,
        AudienceOrgsActiveUsersOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AsyncAudienceOrgsActiveUsersPerCourseResource,
        AsyncAudienceOrgsActiveUsersPerCourseResourceWithRawResponse,
        AudienceOrgsActiveUsersPerCourseResource,
        AudienceOrgsActiveUsersPerCourseResourceWithRawResponse,
    )
    from .users import (
        AsyncAudienceOrgsActiveUsersUsersResource,
        AsyncAudienceOrgsActiveUsersUsersResourceWithRawResponse,
        AudienceOrgsActiveUsersUsersResource,
        AudienceOrgsActiveUsersUsersResourceWithRawResponse,
    )

__all__ = [
    "AudienceOrgsActiveUsersResource",
    "AudienceOrgsActiveUsersResourceWithRawResponse",
    "AsyncAudienceOrgsActiveUsersResource",
    "AsyncAudienceOrgsActiveUsersResourceWithRawResponse",
]


class AudienceOrgsActiveUsersResource:
    """`Client.audience.orgs.active_users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceOrgsActiveUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceOrgsActiveUsersResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AudienceOrgsActiveUsersOverTimeResource:
        from .over_time import AudienceOrgsActiveUsersOverTimeResource

        return AudienceOrgsActiveUsersOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AudienceOrgsActiveUsersPerCourseResource:
        from .per_course import AudienceOrgsActiveUsersPerCourseResource

        return AudienceOrgsActiveUsersPerCourseResource(self._client)

    @cached_property
    def users(self) -> AudienceOrgsActiveUsersUsersResource:
        from .users import AudienceOrgsActiveUsersUsersResource

        return AudienceOrgsActiveUsersUsersResource(self._client)


class AudienceOrgsActiveUsersResourceWithRawResponse:
    """`Client.audience.orgs.active_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceOrgsActiveUsersResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AudienceOrgsActiveUsersOverTimeResourceWithRawResponse:
        from .over_time import AudienceOrgsActiveUsersOverTimeResourceWithRawResponse

        return AudienceOrgsActiveUsersOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def per_course(self) -> AudienceOrgsActiveUsersPerCourseResourceWithRawResponse:
        from .per_course import AudienceOrgsActiveUsersPerCourseResourceWithRawResponse

        return AudienceOrgsActiveUsersPerCourseResourceWithRawResponse(self._resource.per_course)

    @cached_property
    def users(self) -> AudienceOrgsActiveUsersUsersResourceWithRawResponse:
        from .users import AudienceOrgsActiveUsersUsersResourceWithRawResponse

        return AudienceOrgsActiveUsersUsersResourceWithRawResponse(self._resource.users)


class AsyncAudienceOrgsActiveUsersResource:
    """`AsyncClient.audience.orgs.active_users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceOrgsActiveUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceOrgsActiveUsersResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAudienceOrgsActiveUsersOverTimeResource:
        from .over_time import AsyncAudienceOrgsActiveUsersOverTimeResource

        return AsyncAudienceOrgsActiveUsersOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAudienceOrgsActiveUsersPerCourseResource:
        from .per_course import AsyncAudienceOrgsActiveUsersPerCourseResource

        return AsyncAudienceOrgsActiveUsersPerCourseResource(self._client)

    @cached_property
    def users(self) -> AsyncAudienceOrgsActiveUsersUsersResource:
        from .users import AsyncAudienceOrgsActiveUsersUsersResource

        return AsyncAudienceOrgsActiveUsersUsersResource(self._client)


class AsyncAudienceOrgsActiveUsersResourceWithRawResponse:
    """`AsyncClient.audience.orgs.active_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceOrgsActiveUsersResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AsyncAudienceOrgsActiveUsersOverTimeResourceWithRawResponse:
        from .over_time import AsyncAudienceOrgsActiveUsersOverTimeResourceWithRawResponse

        return AsyncAudienceOrgsActiveUsersOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def per_course(self) -> AsyncAudienceOrgsActiveUsersPerCourseResourceWithRawResponse:
        from .per_course import AsyncAudienceOrgsActiveUsersPerCourseResourceWithRawResponse

        return AsyncAudienceOrgsActiveUsersPerCourseResourceWithRawResponse(
            self._resource.per_course
        )

    @cached_property
    def users(self) -> AsyncAudienceOrgsActiveUsersUsersResourceWithRawResponse:
        from .users import AsyncAudienceOrgsActiveUsersUsersResourceWithRawResponse

        return AsyncAudienceOrgsActiveUsersUsersResourceWithRawResponse(self._resource.users)
