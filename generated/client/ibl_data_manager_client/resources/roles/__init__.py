"""`Client.roles`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .platform import (
        AsyncRolesPlatformResource,
        AsyncRolesPlatformResourceWithRawResponse,
        RolesPlatformResource,
        RolesPlatformResourceWithRawResponse,
    )

__all__ = [
    "RolesResource",
    "RolesResourceWithRawResponse",
    "AsyncRolesResource",
    "AsyncRolesResourceWithRawResponse",
]


class RolesResource:
    """`Client.roles`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RolesResourceWithRawResponse(self)

    @cached_property
    def platform(self) -> RolesPlatformResource:
        from .platform import RolesPlatformResource

        return RolesPlatformResource(self._client)


class RolesResourceWithRawResponse:
    """`Client.roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RolesResource) -> None:
        self._resource = resource

    @cached_property
    def platform(self) -> RolesPlatformResourceWithRawResponse:
        from .platform import RolesPlatformResourceWithRawResponse

        return RolesPlatformResourceWithRawResponse(self._resource.platform)


class AsyncRolesResource:
    """`AsyncClient.roles`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRolesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRolesResourceWithRawResponse(self)

    @cached_property
    def platform(self) -> AsyncRolesPlatformResource:
        from .platform import AsyncRolesPlatformResource

        return AsyncRolesPlatformResource(self._client)


class AsyncRolesResourceWithRawResponse:
    """`AsyncClient.roles`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRolesResource) -> None:
        self._resource = resource

    @cached_property
    def platform(self) -> AsyncRolesPlatformResourceWithRawResponse:
        from .platform import AsyncRolesPlatformResourceWithRawResponse

        return AsyncRolesPlatformResourceWithRawResponse(self._resource.platform)
