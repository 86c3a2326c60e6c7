"""`Client.ai_media.orgs.users.heygen.videos`: 4 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_media import (
    ai_media_orgs_users_heygen_videos_create as _ai_media_orgs_users_heygen_videos_create,
)
from .......api.ai_media import (
    ai_media_orgs_users_heygen_videos_destroy as _ai_media_orgs_users_heygen_videos_destroy,
)
from .......api.ai_media import (
    ai_media_orgs_users_heygen_videos_list as _ai_media_orgs_users_heygen_videos_list,
)
from .......api.ai_media import (
    ai_media_orgs_users_heygen_videos_retrieve as _ai_media_orgs_users_heygen_videos_retrieve,
)
from .......models.heygen_marketing_video_list import HeygenMarketingVideoList
from .......models.heygen_video_detail import HeygenVideoDetail
from .......models.heygen_video_request import HeygenVideoRequest
from .......models.paginated_heygen_marketing_video_list_list import (
    PaginatedHeygenMarketingVideoListList,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMediaOrgsUsersHeygenVideosResource",
    "AiMediaOrgsUsersHeygenVideosResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersHeygenVideosResource",
    "AsyncAiMediaOrgsUsersHeygenVideosResourceWithRawResponse",
]


class AiMediaOrgsUsersHeygenVideosResource:
    """`Client.ai_media.orgs.users.heygen.videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersHeygenVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersHeygenVideosResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedHeygenMarketingVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)

        Returns:
            PaginatedHeygenMarketingVideoListList
        """
        return self._client._send(
            _ai_media_orgs_users_heygen_videos_list.OPERATION,
            _ai_media_orgs_users_heygen_videos_list.build_request(
                org=org, user_id=user_id, page=page
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[HeygenMarketingVideoList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_media_orgs_users_heygen_videos_list.OPERATION,
            _ai_media_orgs_users_heygen_videos_list.build_request(
                org=org, user_id=user_id, page=page
            ),
            _ai_media_orgs_users_heygen_videos_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenVideoRequest,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        script: str,
        name: str,
        template_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenVideoRequest | Unset = UNSET,
        script: str | Unset = UNSET,
        name: str | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail:
        """Endpoint to create a Heygen video  Only platform admins have access to this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            body (HeygenVideoRequest, request body)
            Or the body's fields as keywords instead of body=: script, name, template_id

        Returns:
            HeygenVideoDetail
        """
        body = body_from_fields(
            "ai_media.orgs.users.heygen.videos.create",
            body,
            HeygenVideoRequest,
            ["script", "name"],
            (
                ("script", "script", script),
                ("name", "name", name),
                ("template_id", "template_id", template_id),
            ),
        )
        return self._client._send(
            _ai_media_orgs_users_heygen_videos_create.OPERATION,
            _ai_media_orgs_users_heygen_videos_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint used to delete a heygen video.  Only platform admins have access to this
        endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_media_orgs_users_heygen_videos_destroy.OPERATION,
            _ai_media_orgs_users_heygen_videos_destroy.build_request(
                org=org, user_id=user_id, heygen_marketing_video_id=heygen_marketing_video_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)

        Returns:
            HeygenVideoDetail
        """
        return self._client._send(
            _ai_media_orgs_users_heygen_videos_retrieve.OPERATION,
            _ai_media_orgs_users_heygen_videos_retrieve.build_request(
                org=org, user_id=user_id, heygen_marketing_video_id=heygen_marketing_video_id
            ),
            options,
        )


class AiMediaOrgsUsersHeygenVideosResourceWithRawResponse:
    """`Client.ai_media.orgs.users.heygen.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersHeygenVideosResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMediaOrgsUsersHeygenVideosResource:
    """`AsyncClient.ai_media.orgs.users.heygen.videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersHeygenVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersHeygenVideosResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedHeygenMarketingVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)

        Returns:
            PaginatedHeygenMarketingVideoListList
        """
        return await self._client._send(
            _ai_media_orgs_users_heygen_videos_list.OPERATION,
            _ai_media_orgs_users_heygen_videos_list.build_request(
                org=org, user_id=user_id, page=page
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[HeygenMarketingVideoList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_media_orgs_users_heygen_videos_list.OPERATION,
            _ai_media_orgs_users_heygen_videos_list.build_request(
                org=org, user_id=user_id, page=page
            ),
            _ai_media_orgs_users_heygen_videos_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenVideoRequest,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        script: str,
        name: str,
        template_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenVideoRequest | Unset = UNSET,
        script: str | Unset = UNSET,
        name: str | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail:
        """Endpoint to create a Heygen video  Only platform admins have access to this endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            body (HeygenVideoRequest, request body)
            Or the body's fields as keywords instead of body=: script, name, template_id

        Returns:
            HeygenVideoDetail
        """
        body = body_from_fields(
            "ai_media.orgs.users.heygen.videos.create",
            body,
            HeygenVideoRequest,
            ["script", "name"],
            (
                ("script", "script", script),
                ("name", "name", name),
                ("template_id", "template_id", template_id),
            ),
        )
        return await self._client._send(
            _ai_media_orgs_users_heygen_videos_create.OPERATION,
            _ai_media_orgs_users_heygen_videos_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Endpoint used to delete a heygen video.  Only platform admins have access to this
        endpoint.

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_media_orgs_users_heygen_videos_destroy.OPERATION,
            _ai_media_orgs_users_heygen_videos_destroy.build_request(
                org=org, user_id=user_id, heygen_marketing_video_id=heygen_marketing_video_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        **options: Unpack[RequestOptions],
    ) -> HeygenVideoDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            heygen_marketing_video_id (str, path)

        Returns:
            HeygenVideoDetail
        """
        return await self._client._send(
            _ai_media_orgs_users_heygen_videos_retrieve.OPERATION,
            _ai_media_orgs_users_heygen_videos_retrieve.build_request(
                org=org, user_id=user_id, heygen_marketing_video_id=heygen_marketing_video_id
            ),
            options,
        )


class AsyncAiMediaOrgsUsersHeygenVideosResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.heygen.videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersHeygenVideosResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
