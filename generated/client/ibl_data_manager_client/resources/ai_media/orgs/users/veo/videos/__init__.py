"""`Client.ai_media.orgs.users.veo.videos`: 4 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_veo_videos_create as _ai_media_orgs_users_veo_videos_create,
)
from .......api.ai_media import (
    ai_media_orgs_users_veo_videos_destroy as _ai_media_orgs_users_veo_videos_destroy,
)
from .......api.ai_media import (
    ai_media_orgs_users_veo_videos_list as _ai_media_orgs_users_veo_videos_list,
)
from .......api.ai_media import (
    ai_media_orgs_users_veo_videos_retrieve as _ai_media_orgs_users_veo_videos_retrieve,
)
from .......models.ai_media_orgs_users_veo_videos_create_body import (
    AiMediaOrgsUsersVeoVideosCreateBody,
)
from .......models.paginated_veo_video_list_list import PaginatedVeoVideoListList
from .......models.veo_video_detail import VeoVideoDetail
from .......models.veo_video_list import VeoVideoList
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersVeoVideosResource",
    "AiMediaOrgsUsersVeoVideosResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersVeoVideosResource",
    "AsyncAiMediaOrgsUsersVeoVideosResourceWithRawResponse",
]


class AiMediaOrgsUsersVeoVideosResource:
    """`Client.ai_media.orgs.users.veo.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersVeoVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersVeoVideosResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedVeoVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)

        Returns:
            PaginatedVeoVideoListList
        """
        return self._client._send(
            _ai_media_orgs_users_veo_videos_list.OPERATION,
            _ai_media_orgs_users_veo_videos_list.build_request(org=org, user_id=user_id, page=page),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[VeoVideoList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_media_orgs_users_veo_videos_list.OPERATION,
            _ai_media_orgs_users_veo_videos_list.build_request(org=org, user_id=user_id, page=page),
            _ai_media_orgs_users_veo_videos_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMediaOrgsUsersVeoVideosCreateBody,
        **options: Unpack[RequestOptions],
    ) -> VeoVideoDetail: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        prompt_text: str,
        prompt_image: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VeoVideoDetail: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMediaOrgsUsersVeoVideosCreateBody | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        prompt_image: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VeoVideoDetail:
        """Endpoint to create a Veo3 video  Only platform admins have access to this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMediaOrgsUsersVeoVideosCreateBody, request body)
            Or the body's fields as keywords instead of body=: prompt_text, prompt_image, name

        Returns:
            VeoVideoDetail
        """
        body = body_from_fields(
            "ai_media.orgs.users.veo.videos.create",
            body,
            AiMediaOrgsUsersVeoVideosCreateBody,
            ["prompt_text"],
            (
                ("prompt_text", "prompt_text", prompt_text),
                ("prompt_image", "prompt_image", prompt_image),
                ("name", "name", name),
            ),
        )
        return self._client._send(
            _ai_media_orgs_users_veo_videos_create.OPERATION,
            _ai_media_orgs_users_veo_videos_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        veo_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint used to delete a veo3 video.  Only platform admins have access to this
        endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            veo_video_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_veo_videos_destroy.OPERATION,
            _ai_media_orgs_users_veo_videos_destroy.build_request(
                org=org, user_id=user_id, veo_video_id=veo_video_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        veo_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> VeoVideoDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            veo_video_id (str, path)

        Returns:
            VeoVideoDetail
        """
        return self._client._send(
            _ai_media_orgs_users_veo_videos_retrieve.OPERATION,
            _ai_media_orgs_users_veo_videos_retrieve.build_request(
                org=org, user_id=user_id, veo_video_id=veo_video_id
            ),
            options,
        )


class AiMediaOrgsUsersVeoVideosResourceWithRawResponse:
    """`Client.ai_media.orgs.users.veo.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersVeoVideosResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMediaOrgsUsersVeoVideosResource:
    """`AsyncClient.ai_media.orgs.users.veo.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersVeoVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersVeoVideosResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedVeoVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)

        Returns:
            PaginatedVeoVideoListList
        """
        return await self._client._send(
            _ai_media_orgs_users_veo_videos_list.OPERATION,
            _ai_media_orgs_users_veo_videos_list.build_request(org=org, user_id=user_id, page=page),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[VeoVideoList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_media_orgs_users_veo_videos_list.OPERATION,
            _ai_media_orgs_users_veo_videos_list.build_request(org=org, user_id=user_id, page=page),
            _ai_media_orgs_users_veo_videos_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMediaOrgsUsersVeoVideosCreateBody,
        **options: Unpack[RequestOptions],
    ) -> VeoVideoDetail: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        prompt_text: str,
        prompt_image: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VeoVideoDetail: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiMediaOrgsUsersVeoVideosCreateBody | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        prompt_image: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VeoVideoDetail:
        """Endpoint to create a Veo3 video  Only platform admins have access to this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiMediaOrgsUsersVeoVideosCreateBody, request body)
            Or the body's fields as keywords instead of body=: prompt_text, prompt_image, name

        Returns:
            VeoVideoDetail
        """
        body = body_from_fields(
            "ai_media.orgs.users.veo.videos.create",
            body,
            AiMediaOrgsUsersVeoVideosCreateBody,
            ["prompt_text"],
            (
                ("prompt_text", "prompt_text", prompt_text),
                ("prompt_image", "prompt_image", prompt_image),
                ("name", "name", name),
            ),
        )
        return await self._client._send(
            _ai_media_orgs_users_veo_videos_create.OPERATION,
            _ai_media_orgs_users_veo_videos_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        veo_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint used to delete a veo3 video.  Only platform admins have access to this
        endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            veo_video_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_veo_videos_destroy.OPERATION,
            _ai_media_orgs_users_veo_videos_destroy.build_request(
                org=org, user_id=user_id, veo_video_id=veo_video_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        veo_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> VeoVideoDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            veo_video_id (str, path)

        Returns:
            VeoVideoDetail
        """
        return await self._client._send(
            _ai_media_orgs_users_veo_videos_retrieve.OPERATION,
            _ai_media_orgs_users_veo_videos_retrieve.build_request(
                org=org, user_id=user_id, veo_video_id=veo_video_id
            ),
            options,
        )


class AsyncAiMediaOrgsUsersVeoVideosResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.veo.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersVeoVideosResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
