"""`Client.core.users.proxy.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_users_proxy_bulk_create as _core_users_proxy_bulk_create
from ......models.core_users_proxy_bulk_create_response_200_item import (
    CoreUsersProxyBulkCreateResponse200Item,
)
from ......models.user_proxy_bulk_request import UserProxyBulkRequest
from ......models.user_proxy_bulk_request_users_item import UserProxyBulkRequestUsersItem
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreUsersProxyBulkResource",
    "CoreUsersProxyBulkResourceWithRawResponse",
    "AsyncCoreUsersProxyBulkResource",
    "AsyncCoreUsersProxyBulkResourceWithRawResponse",
]


class CoreUsersProxyBulkResource:
    """`Client.core.users.proxy.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersProxyBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersProxyBulkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: UserProxyBulkRequest,
        **options: Unpack[RequestOptions],
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]: ...

    @overload
    def create(
        self,
        *,
        users: list[UserProxyBulkRequestUsersItem],
        **options: Unpack[RequestOptions],
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]: ...

    def create(
        self,
        *,
        body: UserProxyBulkRequest | Unset = UNSET,
        users: list[UserProxyBulkRequestUsersItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]:
        """Add proxy users by bulk  Params: users: list of user objects ``` [     {\"user_id\": 1,
        ...},     {\"user_id\": 2, ...} ] ```

        Args:
            body (UserProxyBulkRequest, request body)
            Or the body's fields as keywords instead of body=: users

        Returns:
            list[CoreUsersProxyBulkCreateResponse200Item]
        """
        body = body_from_fields(
            "core.users.proxy.bulk.create",
            body,
            UserProxyBulkRequest,
            ["users"],
            (("users", "users", users),),
        )
        return self._client._send(
            _core_users_proxy_bulk_create.OPERATION,
            _core_users_proxy_bulk_create.build_request(body=body),
            options,
        )


class CoreUsersProxyBulkResourceWithRawResponse:
    """`Client.core.users.proxy.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersProxyBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreUsersProxyBulkResource:
    """`AsyncClient.core.users.proxy.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersProxyBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersProxyBulkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: UserProxyBulkRequest,
        **options: Unpack[RequestOptions],
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]: ...

    @overload
    async def create(
        self,
        *,
        users: list[UserProxyBulkRequestUsersItem],
        **options: Unpack[RequestOptions],
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]: ...

    async def create(
        self,
        *,
        body: UserProxyBulkRequest | Unset = UNSET,
        users: list[UserProxyBulkRequestUsersItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[CoreUsersProxyBulkCreateResponse200Item]:
        """Add proxy users by bulk  Params: users: list of user objects ``` [     {\"user_id\": 1,
        ...},     {\"user_id\": 2, ...} ] ```

        Args:
            body (UserProxyBulkRequest, request body)
            Or the body's fields as keywords instead of body=: users

        Returns:
            list[CoreUsersProxyBulkCreateResponse200Item]
        """
        body = body_from_fields(
            "core.users.proxy.bulk.create",
            body,
            UserProxyBulkRequest,
            ["users"],
            (("users", "users", users),),
        )
        return await self._client._send(
            _core_users_proxy_bulk_create.OPERATION,
            _core_users_proxy_bulk_create.build_request(body=body),
            options,
        )


class AsyncCoreUsersProxyBulkResourceWithRawResponse:
    """`AsyncClient.core.users.proxy.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersProxyBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
