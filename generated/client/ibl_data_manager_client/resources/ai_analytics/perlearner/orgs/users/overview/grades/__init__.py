"""`Client.ai_analytics.perlearner.orgs.users.overview.grades`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client
    from .average import (
        AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource,
        AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersOverviewGradesResource",
    "AiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersOverviewGradesResource:
    """`Client.ai_analytics.perlearner.orgs.users.overview.grades`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource:
        from .average import AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource

        return AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource(self._client)


class AiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.overview.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersOverviewGradesResource) -> None:
        self._resource = resource

    @cached_property
    def average(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse:
        from .average import (
            AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse,
        )

        return AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse(
            self._resource.average
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.grades`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse(self)

    @cached_property
    def average(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource:
        from .average import AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResource(self._client)


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesResource) -> None:
        self._resource = resource

    @cached_property
    def average(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse:
        from .average import (
            AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageResourceWithRawResponse(
            self._resource.average
        )
