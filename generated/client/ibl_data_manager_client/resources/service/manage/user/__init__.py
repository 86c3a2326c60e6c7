"""`Client.service.manage.user`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import service_manage_user_create as _service_manage_user_create

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .role import (
        AsyncServiceManageUserRoleResource,
        AsyncServiceManageUserRoleResourceWithRawResponse,
        ServiceManageUserRoleResource,
        ServiceManageUserRoleResourceWithRawResponse,
    )

__all__ = [
    "ServiceManageUserResource",
    "ServiceManageUserResourceWithRawResponse",
    "AsyncServiceManageUserResource",
    "AsyncServiceManageUserResourceWithRawResponse",
]


class ServiceManageUserResource:
    """`Client.service.manage.user`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceManageUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceManageUserResourceWithRawResponse(self)

    @cached_property
    def role(self) -> ServiceManageUserRoleResource:
        from .role import ServiceManageUserRoleResource

        return ServiceManageUserRoleResource(self._client)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """User creation flow

        Returns:
            None
        """
        return self._client._send(
            _service_manage_user_create.OPERATION,
            _service_manage_user_create.build_request(),
            options,
        )


class ServiceManageUserResourceWithRawResponse:
    """`Client.service.manage.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceManageUserResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)

    @cached_property
    def role(self) -> ServiceManageUserRoleResourceWithRawResponse:
        from .role import ServiceManageUserRoleResourceWithRawResponse

        return ServiceManageUserRoleResourceWithRawResponse(self._resource.role)


class AsyncServiceManageUserResource:
    """`AsyncClient.service.manage.user`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceManageUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceManageUserResourceWithRawResponse(self)

    @cached_property
    def role(self) -> AsyncServiceManageUserRoleResource:
        from .role import AsyncServiceManageUserRoleResource

        return AsyncServiceManageUserRoleResource(self._client)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """User creation flow

        Returns:
            None
        """
        return await self._client._send(
            _service_manage_user_create.OPERATION,
            _service_manage_user_create.build_request(),
            options,
        )


class AsyncServiceManageUserResourceWithRawResponse:
    """`AsyncClient.service.manage.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceManageUserResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def role(self) -> AsyncServiceManageUserRoleResourceWithRawResponse:
        from .role import AsyncServiceManageUserRoleResourceWithRawResponse

        return AsyncServiceManageUserRoleResourceWithRawResponse(self._resource.role)
