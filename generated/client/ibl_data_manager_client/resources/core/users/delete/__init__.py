"""`Client.core.users.delete`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_users_delete_create as _core_users_delete_create
from .....models.user_delete_api_request import UserDeleteAPIRequest
from .....models.user_delete_api_response import UserDeleteAPIResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreUsersDeleteResource",
    "CoreUsersDeleteResourceWithRawResponse",
    "AsyncCoreUsersDeleteResource",
    "AsyncCoreUsersDeleteResourceWithRawResponse",
]


class CoreUsersDeleteResource:
    """`Client.core.users.delete`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersDeleteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersDeleteResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: UserDeleteAPIRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserDeleteAPIResponse: ...

    @overload
    def create(
        self,
        *,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserDeleteAPIResponse: ...

    def create(
        self,
        *,
        body: UserDeleteAPIRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserDeleteAPIResponse:
        """Initiates the account deletion process for the authenticated user or specified username.

        Args:
            body (UserDeleteAPIRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: username

        Returns:
            UserDeleteAPIResponse
        """
        body = optional_body_from_fields(
            "core.users.delete.create",
            body,
            UserDeleteAPIRequest,
            [],
            (("username", "username", username),),
        )
        return self._client._send(
            _core_users_delete_create.OPERATION,
            _core_users_delete_create.build_request(body=body),
            options,
        )


class CoreUsersDeleteResourceWithRawResponse:
    """`Client.core.users.delete`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersDeleteResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreUsersDeleteResource:
    """`AsyncClient.core.users.delete`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersDeleteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersDeleteResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: UserDeleteAPIRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserDeleteAPIResponse: ...

    @overload
    async def create(
        self,
        *,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserDeleteAPIResponse: ...

    async def create(
        self,
        *,
        body: UserDeleteAPIRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserDeleteAPIResponse:
        """Initiates the account deletion process for the authenticated user or specified username.

        Args:
            body (UserDeleteAPIRequest | Unset, request body)
            Or the body's fields as keywords instead of body=: username

        Returns:
            UserDeleteAPIResponse
        """
        body = optional_body_from_fields(
            "core.users.delete.create",
            body,
            UserDeleteAPIRequest,
            [],
            (("username", "username", username),),
        )
        return await self._client._send(
            _core_users_delete_create.OPERATION,
            _core_users_delete_create.build_request(body=body),
            options,
        )


class AsyncCoreUsersDeleteResourceWithRawResponse:
    """`AsyncClient.core.users.delete`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersDeleteResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
