"""`Client.ai_analytics.user_groups`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .orgs import (
        AiAnalyticsUserGroupsOrgsResource,
        AiAnalyticsUserGroupsOrgsResourceWithRawResponse,
        AsyncAiAnalyticsUserGroupsOrgsResource,
        AsyncAiAnalyticsUserGroupsOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsUserGroupsResource",
    "AiAnalyticsUserGroupsResourceWithRawResponse",
    "AsyncAiAnalyticsUserGroupsResource",
    "AsyncAiAnalyticsUserGroupsResourceWithRawResponse",
]


class AiAnalyticsUserGroupsResource:
    """`Client.ai_analytics.user_groups`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsUserGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsUserGroupsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiAnalyticsUserGroupsOrgsResource:
        from .orgs import AiAnalyticsUserGroupsOrgsResource

        return AiAnalyticsUserGroupsOrgsResource(self._client)


class AiAnalyticsUserGroupsResourceWithRawResponse:
    """`Client.ai_analytics.user_groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsUserGroupsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiAnalyticsUserGroupsOrgsResourceWithRawResponse:
        from .orgs import AiAnalyticsUserGroupsOrgsResourceWithRawResponse

        return AiAnalyticsUserGroupsOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiAnalyticsUserGroupsResource:
    """`AsyncClient.ai_analytics.user_groups`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsUserGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsUserGroupsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsUserGroupsOrgsResource:
        from .orgs import AsyncAiAnalyticsUserGroupsOrgsResource

        return AsyncAiAnalyticsUserGroupsOrgsResource(self._client)


class AsyncAiAnalyticsUserGroupsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.user_groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsUserGroupsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiAnalyticsUserGroupsOrgsResourceWithRawResponse:
        from .orgs import AsyncAiAnalyticsUserGroupsOrgsResourceWithRawResponse

        return AsyncAiAnalyticsUserGroupsOrgsResourceWithRawResponse(self._resource.orgs)
