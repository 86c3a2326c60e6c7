"""`Client.ai_analytics.costs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .pertenant import (
        AiAnalyticsCostsPertenantResource,
        AiAnalyticsCostsPertenantResourceWithRawResponse,
        AsyncAiAnalyticsCostsPertenantResource,
        AsyncAiAnalyticsCostsPertenantResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsCostsResource",
    "AiAnalyticsCostsResourceWithRawResponse",
    "AsyncAiAnalyticsCostsResource",
    "AsyncAiAnalyticsCostsResourceWithRawResponse",
]


class AiAnalyticsCostsResource:
    """`Client.ai_analytics.costs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsCostsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsCostsResourceWithRawResponse(self)

    @cached_property
    def pertenant(self) -> AiAnalyticsCostsPertenantResource:
        from .pertenant import AiAnalyticsCostsPertenantResource

        return AiAnalyticsCostsPertenantResource(self._client)


class AiAnalyticsCostsResourceWithRawResponse:
    """`Client.ai_analytics.costs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsCostsResource) -> None:
        self._resource = resource

    @cached_property
    def pertenant(self) -> AiAnalyticsCostsPertenantResourceWithRawResponse:
        from .pertenant import AiAnalyticsCostsPertenantResourceWithRawResponse

        return AiAnalyticsCostsPertenantResourceWithRawResponse(self._resource.pertenant)


class AsyncAiAnalyticsCostsResource:
    """`AsyncClient.ai_analytics.costs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsCostsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsCostsResourceWithRawResponse(self)

    @cached_property
    def pertenant(self) -> AsyncAiAnalyticsCostsPertenantResource:
        from .pertenant import AsyncAiAnalyticsCostsPertenantResource

        return AsyncAiAnalyticsCostsPertenantResource(self._client)


class AsyncAiAnalyticsCostsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.costs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsCostsResource) -> None:
        self._resource = resource

    @cached_property
    def pertenant(self) -> AsyncAiAnalyticsCostsPertenantResourceWithRawResponse:
        from .pertenant import AsyncAiAnalyticsCostsPertenantResourceWithRawResponse

        return AsyncAiAnalyticsCostsPertenantResourceWithRawResponse(self._resource.pertenant)
