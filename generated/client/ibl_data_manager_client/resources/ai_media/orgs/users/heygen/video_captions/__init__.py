"""`Client.ai_media.orgs.users.heygen.video_captions`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_heygen_video_captions_create as _ai_media_orgs_users_heygen_video_captions_create,
)
from .......api.ai_media import (
    ai_media_orgs_users_heygen_video_captions_retrieve as _ai_media_orgs_users_heygen_video_captions_retrieve,
)
from .......models.ai_media_orgs_users_heygen_video_captions_create_body import (
    AiMediaOrgsUsersHeygenVideoCaptionsCreateBody,
)
from .......models.heygen_video_detail import HeygenVideoDetail
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersHeygenVideoCaptionsResource",
    "AiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersHeygenVideoCaptionsResource",
    "AsyncAiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse",
]


class AiMediaOrgsUsersHeygenVideoCaptionsResource:
    """`Client.ai_media.orgs.users.heygen.video_captions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to download caption for a video.

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_heygen_video_captions_retrieve.OPERATION,
            _ai_media_orgs_users_heygen_video_captions_retrieve.build_request(
                org=org, user_id=user_id, heygen_marketing_video_id=heygen_marketing_video_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        body: AiMediaOrgsUsersHeygenVideoCaptionsCreateBody,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        file: str,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        body: AiMediaOrgsUsersHeygenVideoCaptionsCreateBody | Unset = UNSET,
        file: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail:
        """Endpoint to upload a new caption for a generated video.  Only platform admins have
        access to this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)
            body (AiMediaOrgsUsersHeygenVideoCaptionsCreateBody, request body)
            Or the body's fields as keywords instead of body=: file

        Returns:
            HeygenVideoDetail
        """
        body = body_from_fields(
            "ai_media.orgs.users.heygen.video_captions.create",
            body,
            AiMediaOrgsUsersHeygenVideoCaptionsCreateBody,
            ["file"],
            (("file", "file", file),),
        )
        return self._client._send(
            _ai_media_orgs_users_heygen_video_captions_create.OPERATION,
            _ai_media_orgs_users_heygen_video_captions_create.build_request(
                org=org,
                user_id=user_id,
                heygen_marketing_video_id=heygen_marketing_video_id,
                body=body,
            ),
            options,
        )


class AiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse:
    """`Client.ai_media.orgs.users.heygen.video_captions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersHeygenVideoCaptionsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMediaOrgsUsersHeygenVideoCaptionsResource:
    """`AsyncClient.ai_media.orgs.users.heygen.video_captions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint to download caption for a video.

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_heygen_video_captions_retrieve.OPERATION,
            _ai_media_orgs_users_heygen_video_captions_retrieve.build_request(
                org=org, user_id=user_id, heygen_marketing_video_id=heygen_marketing_video_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        body: AiMediaOrgsUsersHeygenVideoCaptionsCreateBody,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        file: str,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        body: AiMediaOrgsUsersHeygenVideoCaptionsCreateBody | Unset = UNSET,
        file: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail:
        """Endpoint to upload a new caption for a generated video.  Only platform admins have
        access to this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)
            body (AiMediaOrgsUsersHeygenVideoCaptionsCreateBody, request body)
            Or the body's fields as keywords instead of body=: file

        Returns:
            HeygenVideoDetail
        """
        body = body_from_fields(
            "ai_media.orgs.users.heygen.video_captions.create",
            body,
            AiMediaOrgsUsersHeygenVideoCaptionsCreateBody,
            ["file"],
            (("file", "file", file),),
        )
        return await self._client._send(
            _ai_media_orgs_users_heygen_video_captions_create.OPERATION,
            _ai_media_orgs_users_heygen_video_captions_create.build_request(
                org=org,
                user_id=user_id,
                heygen_marketing_video_id=heygen_marketing_video_id,
                body=body,
            ),
            options,
        )


class AsyncAiMediaOrgsUsersHeygenVideoCaptionsResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.heygen.video_captions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersHeygenVideoCaptionsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
