"""`Client.platforms.paywalls`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.platforms import platforms_paywalls_list as _platforms_paywalls_list
from ....models.item_paywall_config import ItemPaywallConfig
from ....models.paginated_item_paywall_config_list import PaginatedItemPaywallConfigList
from ....models.platforms_paywalls_list_item_type import PlatformsPaywallsListItemType
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "PlatformsPaywallsResource",
    "PlatformsPaywallsResourceWithRawResponse",
    "AsyncPlatformsPaywallsResource",
    "AsyncPlatformsPaywallsResourceWithRawResponse",
]


class PlatformsPaywallsResource:
    """`Client.platforms.paywalls`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformsPaywallsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformsPaywallsResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemPaywallConfigList:
        """List all platform paywall configurations

        Paginated list of all item paywall configurations on a platform. Filterable by item_type
        and is_enabled.

        Args:
            platform_key (str, path)
            is_enabled (bool | Unset, query)
            item_type (PlatformsPaywallsListItemType | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedItemPaywallConfigList
        """
        return self._client._send(
            _platforms_paywalls_list.OPERATION,
            _platforms_paywalls_list.build_request(
                platform_key=platform_key,
                is_enabled=is_enabled,
                item_type=item_type,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        platform_key: str,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ItemPaywallConfig]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _platforms_paywalls_list.OPERATION,
            _platforms_paywalls_list.build_request(
                platform_key=platform_key,
                is_enabled=is_enabled,
                item_type=item_type,
                page=page,
                page_size=page_size,
            ),
            _platforms_paywalls_list.PAGE,
            options,
        )


class PlatformsPaywallsResourceWithRawResponse:
    """`Client.platforms.paywalls`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformsPaywallsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncPlatformsPaywallsResource:
    """`AsyncClient.platforms.paywalls`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformsPaywallsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformsPaywallsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedItemPaywallConfigList:
        """List all platform paywall configurations

        Paginated list of all item paywall configurations on a platform. Filterable by item_type
        and is_enabled.

        Args:
            platform_key (str, path)
            is_enabled (bool | Unset, query)
            item_type (PlatformsPaywallsListItemType | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            PaginatedItemPaywallConfigList
        """
        return await self._client._send(
            _platforms_paywalls_list.OPERATION,
            _platforms_paywalls_list.build_request(
                platform_key=platform_key,
                is_enabled=is_enabled,
                item_type=item_type,
                page=page,
                page_size=page_size,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        platform_key: str,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ItemPaywallConfig]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _platforms_paywalls_list.OPERATION,
            _platforms_paywalls_list.build_request(
                platform_key=platform_key,
                is_enabled=is_enabled,
                item_type=item_type,
                page=page,
                page_size=page_size,
            ),
            _platforms_paywalls_list.PAGE,
            options,
        )


class AsyncPlatformsPaywallsResourceWithRawResponse:
    """`AsyncClient.platforms.paywalls`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformsPaywallsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
