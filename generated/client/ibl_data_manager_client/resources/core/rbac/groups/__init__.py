"""`Client.core.rbac.groups`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_rbac_groups_destroy as _core_rbac_groups_destroy
from .....api.core import core_rbac_groups_partial_update as _core_rbac_groups_partial_update
from .....models.patched_rbac_group import PatchedRbacGroup
from .....models.rbac_group import RbacGroup
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreRbacGroupsResource",
    "CoreRbacGroupsResourceWithRawResponse",
    "AsyncCoreRbacGroupsResource",
    "AsyncCoreRbacGroupsResourceWithRawResponse",
]


class CoreRbacGroupsResource:
    """`Client.core.rbac.groups`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacGroupsResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an RBAC group and all associated group role assignments. Cannot delete internal
        system groups.

        Args:
            id (int, path)
            platform_key (str, query)

        Returns:
            None
        """
        return self._client._send(
            _core_rbac_groups_destroy.OPERATION,
            _core_rbac_groups_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Partially update an existing RBAC group. Platform validation applies for user
        assignments. Cannot update internal system groups.

        Args:
            id (int, path)
            body (PatchedRbacGroup | Unset, request body)

        Returns:
            RbacGroup
        """
        return self._client._send(
            _core_rbac_groups_partial_update.OPERATION,
            _core_rbac_groups_partial_update.build_request(id=id, body=body),
            options,
        )


class CoreRbacGroupsResourceWithRawResponse:
    """`Client.core.rbac.groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacGroupsResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncCoreRbacGroupsResource:
    """`AsyncClient.core.rbac.groups`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacGroupsResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an RBAC group and all associated group role assignments. Cannot delete internal
        system groups.

        Args:
            id (int, path)
            platform_key (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_rbac_groups_destroy.OPERATION,
            _core_rbac_groups_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacGroup:
        """Partially update an existing RBAC group. Platform validation applies for user
        assignments. Cannot update internal system groups.

        Args:
            id (int, path)
            body (PatchedRbacGroup | Unset, request body)

        Returns:
            RbacGroup
        """
        return await self._client._send(
            _core_rbac_groups_partial_update.OPERATION,
            _core_rbac_groups_partial_update.build_request(id=id, body=body),
            options,
        )


class AsyncCoreRbacGroupsResourceWithRawResponse:
    """`AsyncClient.core.rbac.groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacGroupsResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.partial_update = async_to_raw_response(resource.partial_update)
