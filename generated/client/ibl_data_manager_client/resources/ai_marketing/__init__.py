"""`Client.ai_marketing`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AiMarketingOrgsResource,
        AiMarketingOrgsResourceWithRawResponse,
        AsyncAiMarketingOrgsResource,
        AsyncAiMarketingOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiMarketingResource",
    "AiMarketingResourceWithRawResponse",
    "AsyncAiMarketingResource",
    "AsyncAiMarketingResourceWithRawResponse",
]


class AiMarketingResource:
    """`Client.ai_marketing`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMarketingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMarketingResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiMarketingOrgsResource:
        from .orgs import AiMarketingOrgsResource

        return AiMarketingOrgsResource(self._client)


class AiMarketingResourceWithRawResponse:
    """`Client.ai_marketing`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMarketingResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiMarketingOrgsResourceWithRawResponse:
        from .orgs import AiMarketingOrgsResourceWithRawResponse

        return AiMarketingOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiMarketingResource:
    """`AsyncClient.ai_marketing`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMarketingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMarketingResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiMarketingOrgsResource:
        from .orgs import AsyncAiMarketingOrgsResource

        return AsyncAiMarketingOrgsResource(self._client)


class AsyncAiMarketingResourceWithRawResponse:
    """`AsyncClient.ai_marketing`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMarketingResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiMarketingOrgsResourceWithRawResponse:
        from .orgs import AsyncAiMarketingOrgsResourceWithRawResponse

        return AsyncAiMarketingOrgsResourceWithRawResponse(self._resource.orgs)
