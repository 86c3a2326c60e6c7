"""`Client.ai_marketing.orgs.users.heygen_videos`: 3 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_marketing import (
    ai_marketing_orgs_users_heygen_videos_create as _ai_marketing_orgs_users_heygen_videos_create,
)
from ......api.ai_marketing import (
    ai_marketing_orgs_users_heygen_videos_list as _ai_marketing_orgs_users_heygen_videos_list,
)
from ......api.ai_marketing import (
    ai_marketing_orgs_users_heygen_videos_retrieve as _ai_marketing_orgs_users_heygen_videos_retrieve,
)
from ......models.heygen_marketing_video_detail import HeygenMarketingVideoDetail
from ......models.heygen_marketing_video_list import HeygenMarketingVideoList
from ......models.heygen_marketing_video_list_request import HeygenMarketingVideoListRequest
from ......models.paginated_heygen_marketing_video_list_list import (
    PaginatedHeygenMarketingVideoListList,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMarketingOrgsUsersHeygenVideosResource",
    "AiMarketingOrgsUsersHeygenVideosResourceWithRawResponse",
    "AsyncAiMarketingOrgsUsersHeygenVideosResource",
    "AsyncAiMarketingOrgsUsersHeygenVideosResourceWithRawResponse",
]


class AiMarketingOrgsUsersHeygenVideosResource:
    """`Client.ai_marketing.orgs.users.heygen_videos`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMarketingOrgsUsersHeygenVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMarketingOrgsUsersHeygenVideosResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedHeygenMarketingVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedHeygenMarketingVideoListList
        """
        return self._client._send(
            _ai_marketing_orgs_users_heygen_videos_list.OPERATION,
            _ai_marketing_orgs_users_heygen_videos_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[HeygenMarketingVideoList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_marketing_orgs_users_heygen_videos_list.OPERATION,
            _ai_marketing_orgs_users_heygen_videos_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_marketing_orgs_users_heygen_videos_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenMarketingVideoListRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenMarketingVideoList: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenMarketingVideoList: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenMarketingVideoListRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenMarketingVideoList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            body (HeygenMarketingVideoListRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name, data

        Returns:
            HeygenMarketingVideoList
        """
        body = optional_body_from_fields(
            "ai_marketing.orgs.users.heygen_videos.create",
            body,
            HeygenMarketingVideoListRequest,
            [],
            (
                ("name", "name", name),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _ai_marketing_orgs_users_heygen_videos_create.OPERATION,
            _ai_marketing_orgs_users_heygen_videos_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> HeygenMarketingVideoDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)

        Returns:
            HeygenMarketingVideoDetail
        """
        return self._client._send(
            _ai_marketing_orgs_users_heygen_videos_retrieve.OPERATION,
            _ai_marketing_orgs_users_heygen_videos_retrieve.build_request(
                org=org, user_id=user_id, name=name
            ),
            options,
        )


class AiMarketingOrgsUsersHeygenVideosResourceWithRawResponse:
    """`Client.ai_marketing.orgs.users.heygen_videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMarketingOrgsUsersHeygenVideosResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMarketingOrgsUsersHeygenVideosResource:
    """`AsyncClient.ai_marketing.orgs.users.heygen_videos`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMarketingOrgsUsersHeygenVideosResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMarketingOrgsUsersHeygenVideosResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedHeygenMarketingVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedHeygenMarketingVideoListList
        """
        return await self._client._send(
            _ai_marketing_orgs_users_heygen_videos_list.OPERATION,
            _ai_marketing_orgs_users_heygen_videos_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[HeygenMarketingVideoList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_marketing_orgs_users_heygen_videos_list.OPERATION,
            _ai_marketing_orgs_users_heygen_videos_list.build_request(
                org=org, user_id=user_id, page=page, page_size=page_size
            ),
            _ai_marketing_orgs_users_heygen_videos_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenMarketingVideoListRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenMarketingVideoList: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenMarketingVideoList: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: HeygenMarketingVideoListRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> HeygenMarketingVideoList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            body (HeygenMarketingVideoListRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: name, data

        Returns:
            HeygenMarketingVideoList
        """
        body = optional_body_from_fields(
            "ai_marketing.orgs.users.heygen_videos.create",
            body,
            HeygenMarketingVideoListRequest,
            [],
            (
                ("name", "name", name),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _ai_marketing_orgs_users_heygen_videos_create.OPERATION,
            _ai_marketing_orgs_users_heygen_videos_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> HeygenMarketingVideoDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        Args:
            org (str, path)
            user_id (str, path)
            name (str, path)

        Returns:
            HeygenMarketingVideoDetail
        """
        return await self._client._send(
            _ai_marketing_orgs_users_heygen_videos_retrieve.OPERATION,
            _ai_marketing_orgs_users_heygen_videos_retrieve.build_request(
                org=org, user_id=user_id, name=name
            ),
            options,
        )


class AsyncAiMarketingOrgsUsersHeygenVideosResourceWithRawResponse:
    """`AsyncClient.ai_marketing.orgs.users.heygen_videos`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMarketingOrgsUsersHeygenVideosResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.retrieve = async_to_raw_response(resource.retrieve)
