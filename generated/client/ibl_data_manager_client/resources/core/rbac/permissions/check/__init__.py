"""`Client.core.rbac.permissions.check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_rbac_permissions_check_create as _core_rbac_permissions_check_create
from ......models.permission_check_request import PermissionCheckRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreRbacPermissionsCheckResource",
    "CoreRbacPermissionsCheckResourceWithRawResponse",
    "AsyncCoreRbacPermissionsCheckResource",
    "AsyncCoreRbacPermissionsCheckResourceWithRawResponse",
]


class CoreRbacPermissionsCheckResource:
    """`Client.core.rbac.permissions.check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacPermissionsCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacPermissionsCheckResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: PermissionCheckRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        resources: list[str],
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        body: PermissionCheckRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check user permissions

        Check user permissions for specified resources

        Args:
            body (PermissionCheckRequest, request body): Serializer for permission check
                requests
            Or the body's fields as keywords instead of body=: platform_key, resources

        Returns:
            None
        """
        body = body_from_fields(
            "core.rbac.permissions.check.create",
            body,
            PermissionCheckRequest,
            ["platform_key", "resources"],
            (
                ("platform_key", "platform_key", platform_key),
                ("resources", "resources", resources),
            ),
        )
        return self._client._send(
            _core_rbac_permissions_check_create.OPERATION,
            _core_rbac_permissions_check_create.build_request(body=body),
            options,
        )


class CoreRbacPermissionsCheckResourceWithRawResponse:
    """`Client.core.rbac.permissions.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacPermissionsCheckResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreRbacPermissionsCheckResource:
    """`AsyncClient.core.rbac.permissions.check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacPermissionsCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacPermissionsCheckResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: PermissionCheckRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        resources: list[str],
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        body: PermissionCheckRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Check user permissions

        Check user permissions for specified resources

        Args:
            body (PermissionCheckRequest, request body): Serializer for permission check
                requests
            Or the body's fields as keywords instead of body=: platform_key, resources

        Returns:
            None
        """
        body = body_from_fields(
            "core.rbac.permissions.check.create",
            body,
            PermissionCheckRequest,
            ["platform_key", "resources"],
            (
                ("platform_key", "platform_key", platform_key),
                ("resources", "resources", resources),
            ),
        )
        return await self._client._send(
            _core_rbac_permissions_check_create.OPERATION,
            _core_rbac_permissions_check_create.build_request(body=body),
            options,
        )


class AsyncCoreRbacPermissionsCheckResourceWithRawResponse:
    """`AsyncClient.core.rbac.permissions.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacPermissionsCheckResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
