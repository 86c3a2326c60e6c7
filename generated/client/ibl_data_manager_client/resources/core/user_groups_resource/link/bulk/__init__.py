"""`Client.core.user_groups_resource.link.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_user_groups_link_bulk_create as _core_user_groups_link_bulk_create

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreUserGroupsResourceLinkBulkResource",
    "CoreUserGroupsResourceLinkBulkResourceWithRawResponse",
    "AsyncCoreUserGroupsResourceLinkBulkResource",
    "AsyncCoreUserGroupsResourceLinkBulkResourceWithRawResponse",
]


class CoreUserGroupsResourceLinkBulkResource:
    """`Client.core.user_groups_resource.link.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUserGroupsResourceLinkBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUserGroupsResourceLinkBulkResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add users to user group, or update status

        Returns:
            None
        """
        return self._client._send(
            _core_user_groups_link_bulk_create.OPERATION,
            _core_user_groups_link_bulk_create.build_request(),
            options,
        )


class CoreUserGroupsResourceLinkBulkResourceWithRawResponse:
    """`Client.core.user_groups_resource.link.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUserGroupsResourceLinkBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreUserGroupsResourceLinkBulkResource:
    """`AsyncClient.core.user_groups_resource.link.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUserGroupsResourceLinkBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUserGroupsResourceLinkBulkResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add users to user group, or update status

        Returns:
            None
        """
        return await self._client._send(
            _core_user_groups_link_bulk_create.OPERATION,
            _core_user_groups_link_bulk_create.build_request(),
            options,
        )


class AsyncCoreUserGroupsResourceLinkBulkResourceWithRawResponse:
    """`AsyncClient.core.user_groups_resource.link.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUserGroupsResourceLinkBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
