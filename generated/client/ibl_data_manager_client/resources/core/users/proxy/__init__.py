"""`Client.core.users.proxy`: 2 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_users_proxy_create as _core_users_proxy_create
from .....api.core import core_users_proxy_retrieve as _core_users_proxy_retrieve
from .....models.user_proxy_get_response import UserProxyGetResponse
from .....models.user_proxy_post_request import UserProxyPostRequest
from .....models.user_proxy_post_response import UserProxyPostResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .bulk import (
        AsyncCoreUsersProxyBulkResource,
        AsyncCoreUsersProxyBulkResourceWithRawResponse,
        CoreUsersProxyBulkResource,
        CoreUsersProxyBulkResourceWithRawResponse,
    )

__all__ = [
    "CoreUsersProxyResource",
    "CoreUsersProxyResourceWithRawResponse",
    "AsyncCoreUsersProxyResource",
    "AsyncCoreUsersProxyResourceWithRawResponse",
]


class CoreUsersProxyResource:
    """`Client.core.users.proxy`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersProxyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersProxyResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CoreUsersProxyBulkResource:
        from .bulk import CoreUsersProxyBulkResource

        return CoreUsersProxyBulkResource(self._client)

    def retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserProxyGetResponse:
        """Retrieve proxy user information by user_id

        Args:
            email (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            UserProxyGetResponse
        """
        return self._client._send(
            _core_users_proxy_retrieve.OPERATION,
            _core_users_proxy_retrieve.build_request(
                email=email, user_id=user_id, username=username
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: UserProxyPostRequest,
        **options: Unpack[RequestOptions],
    ) -> UserProxyPostResponse: ...

    @overload
    def create(
        self,
        *,
        user_id: int,
        username: str,
        email: str,
        edx_data: Any,
        data: Any,
        **options: Unpack[RequestOptions],
    ) -> UserProxyPostResponse: ...

    def create(
        self,
        *,
        body: UserProxyPostRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        edx_data: Any | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserProxyPostResponse:
        """Add proxy user  Params: user_id username email edx_data data

        Args:
            body (UserProxyPostRequest, request body)
            Or the body's fields as keywords instead of body=: user_id, username, email,
                edx_data, data

        Returns:
            UserProxyPostResponse
        """
        body = body_from_fields(
            "core.users.proxy.create",
            body,
            UserProxyPostRequest,
            ["user_id", "username", "email", "edx_data", "data"],
            (
                ("user_id", "user_id", user_id),
                ("username", "username", username),
                ("email", "email", email),
                ("edx_data", "edx_data", edx_data),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _core_users_proxy_create.OPERATION,
            _core_users_proxy_create.build_request(body=body),
            options,
        )


class CoreUsersProxyResourceWithRawResponse:
    """`Client.core.users.proxy`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersProxyResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> CoreUsersProxyBulkResourceWithRawResponse:
        from .bulk import CoreUsersProxyBulkResourceWithRawResponse

        return CoreUsersProxyBulkResourceWithRawResponse(self._resource.bulk)


class AsyncCoreUsersProxyResource:
    """`AsyncClient.core.users.proxy`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersProxyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersProxyResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCoreUsersProxyBulkResource:
        from .bulk import AsyncCoreUsersProxyBulkResource

        return AsyncCoreUsersProxyBulkResource(self._client)

    async def retrieve(
        self,
        *,
        email: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserProxyGetResponse:
        """Retrieve proxy user information by user_id

        Args:
            email (str | Unset, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            UserProxyGetResponse
        """
        return await self._client._send(
            _core_users_proxy_retrieve.OPERATION,
            _core_users_proxy_retrieve.build_request(
                email=email, user_id=user_id, username=username
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: UserProxyPostRequest,
        **options: Unpack[RequestOptions],
    ) -> UserProxyPostResponse: ...

    @overload
    async def create(
        self,
        *,
        user_id: int,
        username: str,
        email: str,
        edx_data: Any,
        data: Any,
        **options: Unpack[RequestOptions],
    ) -> UserProxyPostResponse: ...

    async def create(
        self,
        *,
        body: UserProxyPostRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        edx_data: Any | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserProxyPostResponse:
        """Add proxy user  Params: user_id username email edx_data data

        Args:
            body (UserProxyPostRequest, request body)
            Or the body's fields as keywords instead of body=: user_id, username, email,
                edx_data, data

        Returns:
            UserProxyPostResponse
        """
        body = body_from_fields(
            "core.users.proxy.create",
            body,
            UserProxyPostRequest,
            ["user_id", "username", "email", "edx_data", "data"],
            (
                ("user_id", "user_id", user_id),
                ("username", "username", username),
                ("email", "email", email),
                ("edx_data", "edx_data", edx_data),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _core_users_proxy_create.OPERATION,
            _core_users_proxy_create.build_request(body=body),
            options,
        )


class AsyncCoreUsersProxyResourceWithRawResponse:
    """`AsyncClient.core.users.proxy`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersProxyResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> AsyncCoreUsersProxyBulkResourceWithRawResponse:
        from .bulk import AsyncCoreUsersProxyBulkResourceWithRawResponse

        return AsyncCoreUsersProxyBulkResourceWithRawResponse(self._resource.bulk)
