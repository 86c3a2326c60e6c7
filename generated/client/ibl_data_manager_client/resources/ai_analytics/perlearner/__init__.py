"""`Client.ai_analytics.perlearner`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AiAnalyticsPerlearnerOrgsResource,
        AiAnalyticsPerlearnerOrgsResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsResource,
        AsyncAiAnalyticsPerlearnerOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerResource",
    "AiAnalyticsPerlearnerResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerResource",
    "AsyncAiAnalyticsPerlearnerResourceWithRawResponse",
]


class AiAnalyticsPerlearnerResource:
    """`Client.ai_analytics.perlearner`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiAnalyticsPerlearnerOrgsResource:
        from .orgs import AiAnalyticsPerlearnerOrgsResource

        return AiAnalyticsPerlearnerOrgsResource(self._client)


class AiAnalyticsPerlearnerResourceWithRawResponse:
    """`Client.ai_analytics.perlearner`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiAnalyticsPerlearnerOrgsResourceWithRawResponse:
        from .orgs import AiAnalyticsPerlearnerOrgsResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAnalyticsPerlearnerResource:
    """`AsyncClient.ai_analytics.perlearner`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerlearnerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsPerlearnerOrgsResource:
        from .orgs import AsyncAiAnalyticsPerlearnerOrgsResource

        return AsyncAiAnalyticsPerlearnerOrgsResource(self._client)


class AsyncAiAnalyticsPerlearnerResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsPerlearnerOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAnalyticsPerlearnerOrgsResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsResourceWithRawResponse(self._resource.orgs)
