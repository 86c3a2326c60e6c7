"""`Client.service.manage.user.role`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.commerce import service_manage_user_role_create as _service_manage_user_role_create

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "ServiceManageUserRoleResource",
    "ServiceManageUserRoleResourceWithRawResponse",
    "AsyncServiceManageUserRoleResource",
    "AsyncServiceManageUserRoleResourceWithRawResponse",
]


class ServiceManageUserRoleResource:
    """`Client.service.manage.user.role`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceManageUserRoleResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceManageUserRoleResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Make user tenant admin

        Returns:
            None
        """
        return self._client._send(
            _service_manage_user_role_create.OPERATION,
            _service_manage_user_role_create.build_request(),
            options,
        )


class ServiceManageUserRoleResourceWithRawResponse:
    """`Client.service.manage.user.role`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceManageUserRoleResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncServiceManageUserRoleResource:
    """`AsyncClient.service.manage.user.role`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceManageUserRoleResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceManageUserRoleResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Make user tenant admin

        Returns:
            None
        """
        return await self._client._send(
            _service_manage_user_role_create.OPERATION,
            _service_manage_user_role_create.build_request(),
            options,
        )


class AsyncServiceManageUserRoleResourceWithRawResponse:
    """`AsyncClient.service.manage.user.role`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceManageUserRoleResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
