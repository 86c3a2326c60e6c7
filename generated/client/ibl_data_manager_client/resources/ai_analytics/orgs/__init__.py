"""`Client.ai_analytics.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AiAnalyticsOrgsUsersResource,
        AiAnalyticsOrgsUsersResourceWithRawResponse,
        AsyncAiAnalyticsOrgsUsersResource,
        AsyncAiAnalyticsOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsOrgsResource",
    "AiAnalyticsOrgsResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsResource",
    "AsyncAiAnalyticsOrgsResourceWithRawResponse",
]


class AiAnalyticsOrgsResource:
    """`Client.ai_analytics.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AiAnalyticsOrgsUsersResource:
        from .users import AiAnalyticsOrgsUsersResource

        return AiAnalyticsOrgsUsersResource(self._client)


class AiAnalyticsOrgsResourceWithRawResponse:
    """`Client.ai_analytics.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AiAnalyticsOrgsUsersResourceWithRawResponse:
        from .users import AiAnalyticsOrgsUsersResourceWithRawResponse

        return AiAnalyticsOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiAnalyticsOrgsResource:
    """`AsyncClient.ai_analytics.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncAiAnalyticsOrgsUsersResource:
        from .users import AsyncAiAnalyticsOrgsUsersResource

        return AsyncAiAnalyticsOrgsUsersResource(self._client)


class AsyncAiAnalyticsOrgsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncAiAnalyticsOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiAnalyticsOrgsUsersResourceWithRawResponse

        return AsyncAiAnalyticsOrgsUsersResourceWithRawResponse(self._resource.users)
