"""`Client.platforms.subscribers`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.platforms import platforms_subscribers_list as _platforms_subscribers_list
from ....models.item_subscription_list import ItemSubscriptionList
from ....models.paginated_item_subscription_list_list import PaginatedItemSubscriptionListList
from ....models.platforms_subscribers_list_item_type import PlatformsSubscribersListItemType
from ....models.platforms_subscribers_list_status import PlatformsSubscribersListStatus
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "PlatformsSubscribersResource",
    "PlatformsSubscribersResourceWithRawResponse",
    "AsyncPlatformsSubscribersResource",
    "AsyncPlatformsSubscribersResourceWithRawResponse",
]


class PlatformsSubscribersResource:
    """`Client.platforms.subscribers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsSubscribersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsSubscribersResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemSubscriptionListList:
        """List all platform subscribers

        Paginated list of all subscribers across all items on a platform. Filterable by status
        and item_type.

        Args:
            platform_key (str, path)
            item_type (PlatformsSubscribersListItemType | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            status (PlatformsSubscribersListStatus | Unset, query)

        Returns:
            PaginatedItemSubscriptionListList
        """
        return self._client._send(
            _platforms_subscribers_list.OPERATION,
            _platforms_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                page=page,
                page_size=page_size,
                status=status,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        platform_key: str,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ItemSubscriptionList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _platforms_subscribers_list.OPERATION,
            _platforms_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                page=page,
                page_size=page_size,
                status=status,
            ),
            _platforms_subscribers_list.PAGE,
            options,
        )


class PlatformsSubscribersResourceWithRawResponse:
    """`Client.platforms.subscribers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsSubscribersResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncPlatformsSubscribersResource:
    """`AsyncClient.platforms.subscribers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsSubscribersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsSubscribersResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemSubscriptionListList:
        """List all platform subscribers

        Paginated list of all subscribers across all items on a platform. Filterable by status
        and item_type.

        Args:
            platform_key (str, path)
            item_type (PlatformsSubscribersListItemType | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            status (PlatformsSubscribersListStatus | Unset, query)

        Returns:
            PaginatedItemSubscriptionListList
        """
        return await self._client._send(
            _platforms_subscribers_list.OPERATION,
            _platforms_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                page=page,
                page_size=page_size,
                status=status,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        platform_key: str,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ItemSubscriptionList]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _platforms_subscribers_list.OPERATION,
            _platforms_subscribers_list.build_request(
                platform_key=platform_key,
                item_type=item_type,
                page=page,
                page_size=page_size,
                status=status,
            ),
            _platforms_subscribers_list.PAGE,
            options,
        )


class AsyncPlatformsSubscribersResourceWithRawResponse:
    """`AsyncClient.platforms.subscribers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsSubscribersResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
