"""`Client.media.orgs.users.media.media_resources.search`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.media import (
    media_orgs_users_media_media_resources_search_retrieve as _media_orgs_users_media_media_resources_search_retrieve,
)
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "MediaOrgsUsersMediaMediaResourcesSearchResource",
    "MediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse",
    "AsyncMediaOrgsUsersMediaMediaResourcesSearchResource",
    "AsyncMediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse",
]


class MediaOrgsUsersMediaMediaResourcesSearchResource:
    """`Client.media.orgs.users.media.media_resources.search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return MediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        q: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Search media resources by title, description, or IDs. Supports filtering results by
        course_id, unit_id, and item_id.

        Args:
            org (str, path)
            user_id (str, path)
            q (str, query)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _media_orgs_users_media_media_resources_search_retrieve.OPERATION,
            _media_orgs_users_media_media_resources_search_retrieve.build_request(
                org=org,
                user_id=user_id,
                q=q,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )


class MediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse:
    """`Client.media.orgs.users.media.media_resources.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: MediaOrgsUsersMediaMediaResourcesSearchResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncMediaOrgsUsersMediaMediaResourcesSearchResource:
    """`AsyncClient.media.orgs.users.media.media_resources.search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncMediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncMediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        q: str,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Search media resources by title, description, or IDs. Supports filtering results by
        course_id, unit_id, and item_id.

        Args:
            org (str, path)
            user_id (str, path)
            q (str, query)
            course_id (str | Unset, query)
            item_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _media_orgs_users_media_media_resources_search_retrieve.OPERATION,
            _media_orgs_users_media_media_resources_search_retrieve.build_request(
                org=org,
                user_id=user_id,
                q=q,
                course_id=course_id,
                item_id=item_id,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )


class AsyncMediaOrgsUsersMediaMediaResourcesSearchResourceWithRawResponse:
    """`AsyncClient.media.orgs.users.media.media_resources.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncMediaOrgsUsersMediaMediaResourcesSearchResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
