"""`Client.ai_analytics.audience.orgs.enrollments.courses`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResource,
        AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResource,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse,
    )
    from .users import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource,
        AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource,
        AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesResource",
    "AiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResource",
    "AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse",
]


class AiAnalyticsAudienceOrgsEnrollmentsCoursesResource:
    """`Client.ai_analytics.audience.orgs.enrollments.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResource:
        from .over_time import AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResource

        return AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResource(self._client)

    @cached_property
    def users(self) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource:
        from .users import AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource

        return AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource(self._client)


class AiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
    """`Client.ai_analytics.audience.orgs.enrollments.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceOrgsEnrollmentsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(self) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse:
        from .over_time import (
            AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse,
        )

        return AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def users(self) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
        from .users import AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse

        return AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse(
            self._resource.users
        )


class AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResource:
    """`AsyncClient.ai_analytics.audience.orgs.enrollments.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResource:
        from .over_time import AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResource

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResource(self._client)

    @cached_property
    def users(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource:
        from .users import AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResource(self._client)


class AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience.orgs.enrollments.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesResource) -> None:
        self._resource = resource

    @cached_property
    def over_time(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def users(self) -> AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse:
        from .users import (
            AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsEnrollmentsCoursesUsersResourceWithRawResponse(
            self._resource.users
        )
