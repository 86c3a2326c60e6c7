"""`Client.ai_media.orgs.users.heygen`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .templates import (
        AiMediaOrgsUsersHeygenTemplatesResource,
        AiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse,
        AsyncAiMediaOrgsUsersHeygenTemplatesResource,
        AsyncAiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse,
    )
    from .video_captions import (
        AiMediaOrgsUsersHeygenVideoCaptionsResource,
        AiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse,
        AsyncAiMediaOrgsUsersHeygenVideoCaptionsResource,
        AsyncAiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse,
    )
    from .video_download import (
        AiMediaOrgsUsersHeygenVideoDownloadResource,
        AiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse,
        AsyncAiMediaOrgsUsersHeygenVideoDownloadResource,
        AsyncAiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse,
    )
    from .videos import (
        AiMediaOrgsUsersHeygenVideosResource,
        AiMediaOrgsUsersHeygenVideosResourceWithRawResponse,
        AsyncAiMediaOrgsUsersHeygenVideosResource,
        AsyncAiMediaOrgsUsersHeygenVideosResourceWithRawResponse,
    )

__all__ = [
    "AiMediaOrgsUsersHeygenResource",
    "AiMediaOrgsUsersHeygenResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersHeygenResource",
    "AsyncAiMediaOrgsUsersHeygenResourceWithRawResponse",
]


class AiMediaOrgsUsersHeygenResource:
    """`Client.ai_media.orgs.users.heygen`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersHeygenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersHeygenResourceWithRawResponse(self)

    @cached_property
    def templates(self) -> AiMediaOrgsUsersHeygenTemplatesResource:
        from .templates import AiMediaOrgsUsersHeygenTemplatesResource

        return AiMediaOrgsUsersHeygenTemplatesResource(self._client)

    @cached_property
    def video_captions(self) -> AiMediaOrgsUsersHeygenVideoCaptionsResource:
        from .video_captions import AiMediaOrgsUsersHeygenVideoCaptionsResource

        return AiMediaOrgsUsersHeygenVideoCaptionsResource(self._client)

    @cached_property
    def video_download(self) -> AiMediaOrgsUsersHeygenVideoDownloadResource:
        from .video_download import AiMediaOrgsUsersHeygenVideoDownloadResource

        return AiMediaOrgsUsersHeygenVideoDownloadResource(self._client)

    @cached_property
    def videos(self) -> AiMediaOrgsUsersHeygenVideosResource:
        from .videos import AiMediaOrgsUsersHeygenVideosResource

        return AiMediaOrgsUsersHeygenVideosResource(self._client)


class AiMediaOrgsUsersHeygenResourceWithRawResponse:
    """`Client.ai_media.orgs.users.heygen`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersHeygenResource) -> None:
        self._resource = resource

    @cached_property
    def templates(self) -> AiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse:
        from .templates import AiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse

        return AiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse(self._resource.templates)

    @cached_property
    def video_captions(self) -> AiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse:
        from .video_captions import AiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse

        return AiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse(
            self._resource.video_captions
        )

    @cached_property
    def video_download(self) -> AiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse:
        from .video_download import AiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse

        return AiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse(
            self._resource.video_download
        )

    @cached_property
    def videos(self) -> AiMediaOrgsUsersHeygenVideosResourceWithRawResponse:
        from .videos import AiMediaOrgsUsersHeygenVideosResourceWithRawResponse

        return AiMediaOrgsUsersHeygenVideosResourceWithRawResponse(self._resource.videos)


class AsyncAiMediaOrgsUsersHeygenResource:
    """`AsyncClient.ai_media.orgs.users.heygen`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersHeygenResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersHeygenResourceWithRawResponse(self)

    @cached_property
    def templates(self) -> AsyncAiMediaOrgsUsersHeygenTemplatesResource:
        from .templates import AsyncAiMediaOrgsUsersHeygenTemplatesResource

        return AsyncAiMediaOrgsUsersHeygenTemplatesResource(self._client)

    @cached_property
    def video_captions(self) -> AsyncAiMediaOrgsUsersHeygenVideoCaptionsResource:
        from .video_captions import AsyncAiMediaOrgsUsersHeygenVideoCaptionsResource

        return AsyncAiMediaOrgsUsersHeygenVideoCaptionsResource(self._client)

    @cached_property
    def video_download(self) -> AsyncAiMediaOrgsUsersHeygenVideoDownloadResource:
        from .video_download import AsyncAiMediaOrgsUsersHeygenVideoDownloadResource

        return AsyncAiMediaOrgsUsersHeygenVideoDownloadResource(self._client)

    @cached_property
    def videos(self) -> AsyncAiMediaOrgsUsersHeygenVideosResource:
        from .videos import AsyncAiMediaOrgsUsersHeygenVideosResource

        return AsyncAiMediaOrgsUsersHeygenVideosResource(self._client)


class AsyncAiMediaOrgsUsersHeygenResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.heygen`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersHeygenResource) -> None:
        self._resource = resource

    @cached_property
    def templates(self) -> AsyncAiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse:
        from .templates import AsyncAiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse

        return AsyncAiMediaOrgsUsersHeygenTemplatesResourceWithRawResponse(self._resource.templates)

    @cached_property
    def video_captions(self) -> AsyncAiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse:
        from .video_captions import AsyncAiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse

        return AsyncAiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse(
            self._resource.video_captions
        )

    @cached_property
    def video_download(self) -> AsyncAiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse:
        from .video_download import AsyncAiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse

        return AsyncAiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse(
            self._resource.video_download
        )

    @cached_property
    def videos(self) -> AsyncAiMediaOrgsUsersHeygenVideosResourceWithRawResponse:
        from .videos import AsyncAiMediaOrgsUsersHeygenVideosResourceWithRawResponse

        return AsyncAiMediaOrgsUsersHeygenVideosResourceWithRawResponse(self._resource.videos)
