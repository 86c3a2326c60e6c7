"""`Client.ai_marketing.orgs.users`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .heygen_videos import (
        AiMarketingOrgsUsersHeygenVideosResource,
        AiMarketingOrgsUsersHeygenVideosResourceWithRawResponse,
        AsyncAiMarketingOrgsUsersHeygenVideosResource,
        AsyncAiMarketingOrgsUsersHeygenVideosResourceWithRawResponse,
    )

__all__ = [
    "AiMarketingOrgsUsersResource",
    "AiMarketingOrgsUsersResourceWithRawResponse",
    "AsyncAiMarketingOrgsUsersResource",
    "AsyncAiMarketingOrgsUsersResourceWithRawResponse",
]


class AiMarketingOrgsUsersResource:
    """`Client.ai_marketing.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMarketingOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMarketingOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def heygen_videos(self) -> AiMarketingOrgsUsersHeygenVideosResource:
        from .heygen_videos import AiMarketingOrgsUsersHeygenVideosResource

        return AiMarketingOrgsUsersHeygenVideosResource(self._client)


class AiMarketingOrgsUsersResourceWithRawResponse:
    """`Client.ai_marketing.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMarketingOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def heygen_videos(self) -> AiMarketingOrgsUsersHeygenVideosResourceWithRawResponse:
        from .heygen_videos import AiMarketingOrgsUsersHeygenVideosResourceWithRawResponse

        return AiMarketingOrgsUsersHeygenVideosResourceWithRawResponse(self._resource.heygen_videos)


class AsyncAiMarketingOrgsUsersResource:
    """`AsyncClient.ai_marketing.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMarketingOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMarketingOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def heygen_videos(self) -> AsyncAiMarketingOrgsUsersHeygenVideosResource:
        from .heygen_videos import AsyncAiMarketingOrgsUsersHeygenVideosResource

        return AsyncAiMarketingOrgsUsersHeygenVideosResource(self._client)


class AsyncAiMarketingOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_marketing.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMarketingOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def heygen_videos(self) -> AsyncAiMarketingOrgsUsersHeygenVideosResourceWithRawResponse:
        from .heygen_videos import AsyncAiMarketingOrgsUsersHeygenVideosResourceWithRawResponse

        return AsyncAiMarketingOrgsUsersHeygenVideosResourceWithRawResponse(
            self._resource.heygen_videos
        )
