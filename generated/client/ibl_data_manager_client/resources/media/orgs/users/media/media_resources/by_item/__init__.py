"""`Client.media.orgs.users.media.media_resources.by_item`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.media import (
    media_orgs_users_media_media_resources_by_item_retrieve as _media_orgs_users_media_media_resources_by_item_retrieve,
)
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "MediaOrgsUsersMediaMediaResourcesByItemResource",
    "MediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse",
    "AsyncMediaOrgsUsersMediaMediaResourcesByItemResource",
    "AsyncMediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse",
]


class MediaOrgsUsersMediaMediaResourcesByItemResource:
    """`Client.media.orgs.users.media.media_resources.by_item`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return MediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        item_id: str,
        item_type: str,
        course_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get media resources for a specific item. The item_type determines which resources are
        returned based on the provided item_id.

        Args:
            org (str, path)
            user_id (str, path)
            item_id (str, query)
            item_type (str, query)
            course_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _media_orgs_users_media_media_resources_by_item_retrieve.OPERATION,
            _media_orgs_users_media_media_resources_by_item_retrieve.build_request(
                org=org,
                user_id=user_id,
                item_id=item_id,
                item_type=item_type,
                course_id=course_id,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )


class MediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse:
    """`Client.media.orgs.users.media.media_resources.by_item`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: MediaOrgsUsersMediaMediaResourcesByItemResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncMediaOrgsUsersMediaMediaResourcesByItemResource:
    """`AsyncClient.media.orgs.users.media.media_resources.by_item`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncMediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncMediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        item_id: str,
        item_type: str,
        course_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get media resources for a specific item. The item_type determines which resources are
        returned based on the provided item_id.

        Args:
            org (str, path)
            user_id (str, path)
            item_id (str, query)
            item_type (str, query)
            course_id (str | Unset, query)
            search (str | Unset, query)
            unit_id (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _media_orgs_users_media_media_resources_by_item_retrieve.OPERATION,
            _media_orgs_users_media_media_resources_by_item_retrieve.build_request(
                org=org,
                user_id=user_id,
                item_id=item_id,
                item_type=item_type,
                course_id=course_id,
                search=search,
                unit_id=unit_id,
            ),
            options,
        )


class AsyncMediaOrgsUsersMediaMediaResourcesByItemResourceWithRawResponse:
    """`AsyncClient.media.orgs.users.media.media_resources.by_item`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncMediaOrgsUsersMediaMediaResourcesByItemResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
