"""`Client.ai_media.orgs.users.veo`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .video_download import (
        AiMediaOrgsUsersVeoVideoDownloadResource,
        AiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse,
        AsyncAiMediaOrgsUsersVeoVideoDownloadResource,
        AsyncAiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse,
    )
    from .videos import (
        AiMediaOrgsUsersVeoVideosResource,
        AiMediaOrgsUsersVeoVideosResourceWithRawResponse,
        AsyncAiMediaOrgsUsersVeoVideosResource,
        AsyncAiMediaOrgsUsersVeoVideosResourceWithRawResponse,
    )

__all__ = [
    "AiMediaOrgsUsersVeoResource",
    "AiMediaOrgsUsersVeoResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersVeoResource",
    "AsyncAiMediaOrgsUsersVeoResourceWithRawResponse",
]


class AiMediaOrgsUsersVeoResource:
    """`Client.ai_media.orgs.users.veo`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersVeoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersVeoResourceWithRawResponse(self)

    @cached_property
    def video_download(self) -> AiMediaOrgsUsersVeoVideoDownloadResource:
        from .video_download import AiMediaOrgsUsersVeoVideoDownloadResource

        return AiMediaOrgsUsersVeoVideoDownloadResource(self._client)

    @cached_property
    def videos(self) -> AiMediaOrgsUsersVeoVideosResource:
        from .videos import AiMediaOrgsUsersVeoVideosResource

        return AiMediaOrgsUsersVeoVideosResource(self._client)


class AiMediaOrgsUsersVeoResourceWithRawResponse:
    """`Client.ai_media.orgs.users.veo`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersVeoResource) -> None:
        self._resource = resource

    @cached_property
    def video_download(self) -> AiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse:
        from .video_download import AiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse

        return AiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse(
            self._resource.video_download
        )

    @cached_property
    def videos(self) -> AiMediaOrgsUsersVeoVideosResourceWithRawResponse:
        from .videos import AiMediaOrgsUsersVeoVideosResourceWithRawResponse

        return AiMediaOrgsUsersVeoVideosResourceWithRawResponse(self._resource.videos)


class AsyncAiMediaOrgsUsersVeoResource:
    """`AsyncClient.ai_media.orgs.users.veo`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersVeoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersVeoResourceWithRawResponse(self)

    @cached_property
    def video_download(self) -> AsyncAiMediaOrgsUsersVeoVideoDownloadResource:
        from .video_download import AsyncAiMediaOrgsUsersVeoVideoDownloadResource

        return AsyncAiMediaOrgsUsersVeoVideoDownloadResource(self._client)

    @cached_property
    def videos(self) -> AsyncAiMediaOrgsUsersVeoVideosResource:
        from .videos import AsyncAiMediaOrgsUsersVeoVideosResource

        return AsyncAiMediaOrgsUsersVeoVideosResource(self._client)


class AsyncAiMediaOrgsUsersVeoResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.veo`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersVeoResource) -> None:
        self._resource = resource

    @cached_property
    def video_download(self) -> AsyncAiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse:
        from .video_download import AsyncAiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse

        return AsyncAiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse(
            self._resource.video_download
        )

    @cached_property
    def videos(self) -> AsyncAiMediaOrgsUsersVeoVideosResourceWithRawResponse:
        from .videos import AsyncAiMediaOrgsUsersVeoVideosResourceWithRawResponse

        return AsyncAiMediaOrgsUsersVeoVideosResourceWithRawResponse(self._resource.videos)
