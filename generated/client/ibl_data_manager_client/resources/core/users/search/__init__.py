"""`Client.core.users.search`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_users_search_retrieve as _core_users_search_retrieve
from .....models.user_search_view_get_response import UserSearchViewGetResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreUsersSearchResource",
    "CoreUsersSearchResourceWithRawResponse",
    "AsyncCoreUsersSearchResource",
    "AsyncCoreUsersSearchResourceWithRawResponse",
]


class CoreUsersSearchResource:
    """`Client.core.users.search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersSearchResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserSearchViewGetResponse:
        """Retrieve users based on query Not intended for public use with multitenant platforms
        Params: query sort

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            UserSearchViewGetResponse
        """
        return self._client._send(
            _core_users_search_retrieve.OPERATION,
            _core_users_search_retrieve.build_request(
                page=page, page_size=page_size, query=query, sort=sort
            ),
            options,
        )


class CoreUsersSearchResourceWithRawResponse:
    """`Client.core.users.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersSearchResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCoreUsersSearchResource:
    """`AsyncClient.core.users.search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersSearchResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserSearchViewGetResponse:
        """Retrieve users based on query Not intended for public use with multitenant platforms
        Params: query sort

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            UserSearchViewGetResponse
        """
        return await self._client._send(
            _core_users_search_retrieve.OPERATION,
            _core_users_search_retrieve.build_request(
                page=page, page_size=page_size, query=query, sort=sort
            ),
            options,
        )


class AsyncCoreUsersSearchResourceWithRawResponse:
    """`AsyncClient.core.users.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersSearchResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
