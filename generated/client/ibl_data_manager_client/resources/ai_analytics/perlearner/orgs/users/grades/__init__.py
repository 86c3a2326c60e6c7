"""`Client.ai_analytics.perlearner.orgs.users.grades`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .per_course import (
        AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource,
        AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersGradesResource",
    "AiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersGradesResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersGradesResource:
    """`Client.ai_analytics.perlearner.orgs.users.grades`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse(self)

    @cached_property
    def per_course(self) -> AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource:
        from .per_course import AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource

        return AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersGradesResource) -> None:
        self._resource = resource

    @cached_property
    def per_course(self) -> AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
        from .per_course import AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersGradesResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.grades`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse(self)

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource:
        from .per_course import AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersGradesResource) -> None:
        self._resource = resource

    @cached_property
    def per_course(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
        from .per_course import (
            AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
