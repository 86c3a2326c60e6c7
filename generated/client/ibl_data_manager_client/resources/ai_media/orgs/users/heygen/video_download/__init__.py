"""`Client.ai_media.orgs.users.heygen.video_download`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_heygen_video_download_retrieve as _ai_media_orgs_users_heygen_video_download_retrieve,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersHeygenVideoDownloadResource",
    "AiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersHeygenVideoDownloadResource",
    "AsyncAiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse",
]


class AiMediaOrgsUsersHeygenVideoDownloadResource:
    """`Client.ai_media.orgs.users.heygen.video_download`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint used to download a heygen video.   Only platform admins have access to this
        endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_heygen_video_download_retrieve.OPERATION,
            _ai_media_orgs_users_heygen_video_download_retrieve.build_request(
                org=org, user_id=user_id, heygen_marketing_video_id=heygen_marketing_video_id
            ),
            options,
        )


class AiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse:
    """`Client.ai_media.orgs.users.heygen.video_download`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersHeygenVideoDownloadResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMediaOrgsUsersHeygenVideoDownloadResource:
    """`AsyncClient.ai_media.orgs.users.heygen.video_download`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint used to download a heygen video.   Only platform admins have access to this
        endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_heygen_video_download_retrieve.OPERATION,
            _ai_media_orgs_users_heygen_video_download_retrieve.build_request(
                org=org, user_id=user_id, heygen_marketing_video_id=heygen_marketing_video_id
            ),
            options,
        )


class AsyncAiMediaOrgsUsersHeygenVideoDownloadResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.heygen.video_download`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersHeygenVideoDownloadResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
