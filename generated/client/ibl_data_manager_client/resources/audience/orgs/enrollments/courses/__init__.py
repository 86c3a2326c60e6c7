"""`Client.audience.orgs.enrollments.courses`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .over_time import (
        AsyncAudienceOrgsEnrollmentsCoursesOverTimeResource,
        AsyncAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse,
        AudienceOrgsEnrollmentsCoursesOverTimeResource,
        AudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse,
    )
    from .users import (
        AsyncAudienceOrgsEnrollmentsCoursesUsersResource,
        AsyncAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse,
        AudienceOrgsEnrollmentsCoursesUsersResource,
        AudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse,
    )

__all__ = [
    "AudienceOrgsEnrollmentsCoursesResource",
    "AudienceOrgsEnrollmentsCoursesResourceWithRawResponse",
    "AsyncAudienceOrgsEnrollmentsCoursesResource",
    "AsyncAudienceOrgsEnrollmentsCoursesResourceWithRawResponse",
]


class AudienceOrgsEnrollmentsCoursesResource:
    """`Client.audience.orgs.enrollments.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceOrgsEnrollmentsCoursesResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AudienceOrgsEnrollmentsCoursesOverTimeResource:
        from .over_time import AudienceOrgsEnrollmentsCoursesOverTimeResource

        return AudienceOrgsEnrollmentsCoursesOverTimeResource(self._client)

    @cached_property
    def users(self) -> AudienceOrgsEnrollmentsCoursesUsersResource:
        from .users import AudienceOrgsEnrollmentsCoursesUsersResource

        return AudienceOrgsEnrollmentsCoursesUsersResource(self._client)


class AudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
    """`Client.audience.orgs.enrollments.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceOrgsEnrollmentsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse:
        from .over_time import AudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse

        return AudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def users(self) -> AudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
        from .users import AudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse

        return AudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse(self._resource.users)


class AsyncAudienceOrgsEnrollmentsCoursesResource:
    """`AsyncClient.audience.orgs.enrollments.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceOrgsEnrollmentsCoursesResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAudienceOrgsEnrollmentsCoursesOverTimeResource:
        from .over_time import AsyncAudienceOrgsEnrollmentsCoursesOverTimeResource

        return AsyncAudienceOrgsEnrollmentsCoursesOverTimeResource(self._client)

    @cached_property
    def users(self) -> AsyncAudienceOrgsEnrollmentsCoursesUsersResource:
        from .users import AsyncAudienceOrgsEnrollmentsCoursesUsersResource

        return AsyncAudienceOrgsEnrollmentsCoursesUsersResource(self._client)


class AsyncAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
    """`AsyncClient.audience.orgs.enrollments.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceOrgsEnrollmentsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AsyncAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse:
        from .over_time import AsyncAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse

        return AsyncAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def users(self) -> AsyncAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
        from .users import AsyncAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse

        return AsyncAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse(self._resource.users)
