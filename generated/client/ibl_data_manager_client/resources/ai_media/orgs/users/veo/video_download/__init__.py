"""`Client.ai_media.orgs.users.veo.video_download`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_veo_video_download_retrieve as _ai_media_orgs_users_veo_video_download_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersVeoVideoDownloadResource",
    "AiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersVeoVideoDownloadResource",
    "AsyncAiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse",
]


class AiMediaOrgsUsersVeoVideoDownloadResource:
    """`Client.ai_media.orgs.users.veo.video_download`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        veo_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint used to download a Veo video.   Only platform admins have access to this
        endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            veo_video_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_veo_video_download_retrieve.OPERATION,
            _ai_media_orgs_users_veo_video_download_retrieve.build_request(
                org=org, user_id=user_id, veo_video_id=veo_video_id
            ),
            options,
        )


class AiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse:
    """`Client.ai_media.orgs.users.veo.video_download`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersVeoVideoDownloadResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMediaOrgsUsersVeoVideoDownloadResource:
    """`AsyncClient.ai_media.orgs.users.veo.video_download`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        veo_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint used to download a Veo video.   Only platform admins have access to this
        endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            veo_video_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_veo_video_download_retrieve.OPERATION,
            _ai_media_orgs_users_veo_video_download_retrieve.build_request(
                org=org, user_id=user_id, veo_video_id=veo_video_id
            ),
            options,
        )


class AsyncAiMediaOrgsUsersVeoVideoDownloadResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.veo.video_download`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersVeoVideoDownloadResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
