"""`Client.analytics.learner`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .details import (
        AnalyticsLearnerDetailsResource,
        AnalyticsLearnerDetailsResourceWithRawResponse,
        AsyncAnalyticsLearnerDetailsResource,
        AsyncAnalyticsLearnerDetailsResourceWithRawResponse,
    )

__all__ = [
    "AnalyticsLearnerResource",
    "AnalyticsLearnerResourceWithRawResponse",
    "AsyncAnalyticsLearnerResource",
    "AsyncAnalyticsLearnerResourceWithRawResponse",
]


class AnalyticsLearnerResource:
    """`Client.analytics.learner`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsLearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsLearnerResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AnalyticsLearnerDetailsResource:
        from .details import AnalyticsLearnerDetailsResource

        return AnalyticsLearnerDetailsResource(self._client)


class AnalyticsLearnerResourceWithRawResponse:
    """`Client.analytics.learner`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsLearnerResource) -> None:
        self._resource = resource

    @cached_property
    def details(self) -> AnalyticsLearnerDetailsResourceWithRawResponse:
        from .details import AnalyticsLearnerDetailsResourceWithRawResponse

        return AnalyticsLearnerDetailsResourceWithRawResponse(self._resource.details)


class AsyncAnalyticsLearnerResource:
    """`AsyncClient.analytics.learner`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsLearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsLearnerResourceWithRawResponse(self)

    @cached_property
    def details(self) -> AsyncAnalyticsLearnerDetailsResource:
        from .details import AsyncAnalyticsLearnerDetailsResource

        return AsyncAnalyticsLearnerDetailsResource(self._client)


class AsyncAnalyticsLearnerResourceWithRawResponse:
    """`AsyncClient.analytics.learner`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsLearnerResource) -> None:
        self._resource = resource

    @cached_property
    def details(self) -> AsyncAnalyticsLearnerDetailsResourceWithRawResponse:
        from .details import AsyncAnalyticsLearnerDetailsResourceWithRawResponse

        return AsyncAnalyticsLearnerDetailsResourceWithRawResponse(self._resource.details)
