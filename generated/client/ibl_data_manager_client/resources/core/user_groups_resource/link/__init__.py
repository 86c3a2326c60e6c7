"""`Client.core.user_groups_resource.link`: 3 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_user_groups_link_create as _core_user_groups_link_create
from .....api.core import core_user_groups_link_destroy as _core_user_groups_link_destroy
from .....api.core import core_user_groups_link_retrieve as _core_user_groups_link_retrieve

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .bulk import (
        AsyncCoreUserGroupsResourceLinkBulkResource,
        AsyncCoreUserGroupsResourceLinkBulkResourceWithRawResponse,
        CoreUserGroupsResourceLinkBulkResource,
        CoreUserGroupsResourceLinkBulkResourceWithRawResponse,
    )

__all__ = [
    "CoreUserGroupsResourceLinkResource",
    "CoreUserGroupsResourceLinkResourceWithRawResponse",
    "AsyncCoreUserGroupsResourceLinkResource",
    "AsyncCoreUserGroupsResourceLinkResourceWithRawResponse",
]


class CoreUserGroupsResourceLinkResource:
    """`Client.core.user_groups_resource.link`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUserGroupsResourceLinkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUserGroupsResourceLinkResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CoreUserGroupsResourceLinkBulkResource:
        from .bulk import CoreUserGroupsResourceLinkBulkResource

        return CoreUserGroupsResourceLinkBulkResource(self._client)

    def destroy(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete user group link

        Returns:
            None
        """
        return self._client._send(
            _core_user_groups_link_destroy.OPERATION,
            _core_user_groups_link_destroy.build_request(),
            options,
        )

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Show active users in user group (paginated)  group_id is numeric ID of group

        Returns:
            None
        """
        return self._client._send(
            _core_user_groups_link_retrieve.OPERATION,
            _core_user_groups_link_retrieve.build_request(),
            options,
        )

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add single user to user group, or update status

        Returns:
            None
        """
        return self._client._send(
            _core_user_groups_link_create.OPERATION,
            _core_user_groups_link_create.build_request(),
            options,
        )


class CoreUserGroupsResourceLinkResourceWithRawResponse:
    """`Client.core.user_groups_resource.link`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUserGroupsResourceLinkResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> CoreUserGroupsResourceLinkBulkResourceWithRawResponse:
        from .bulk import CoreUserGroupsResourceLinkBulkResourceWithRawResponse

        return CoreUserGroupsResourceLinkBulkResourceWithRawResponse(self._resource.bulk)


class AsyncCoreUserGroupsResourceLinkResource:
    """`AsyncClient.core.user_groups_resource.link`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUserGroupsResourceLinkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUserGroupsResourceLinkResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCoreUserGroupsResourceLinkBulkResource:
        from .bulk import AsyncCoreUserGroupsResourceLinkBulkResource

        return AsyncCoreUserGroupsResourceLinkBulkResource(self._client)

    async def destroy(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete user group link

        Returns:
            None
        """
        return await self._client._send(
            _core_user_groups_link_destroy.OPERATION,
            _core_user_groups_link_destroy.build_request(),
            options,
        )

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Show active users in user group (paginated)  group_id is numeric ID of group

        Returns:
            None
        """
        return await self._client._send(
            _core_user_groups_link_retrieve.OPERATION,
            _core_user_groups_link_retrieve.build_request(),
            options,
        )

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add single user to user group, or update status

        Returns:
            None
        """
        return await self._client._send(
            _core_user_groups_link_create.OPERATION,
            _core_user_groups_link_create.build_request(),
            options,
        )


class AsyncCoreUserGroupsResourceLinkResourceWithRawResponse:
    """`AsyncClient.core.user_groups_resource.link`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUserGroupsResourceLinkResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> AsyncCoreUserGroupsResourceLinkBulkResourceWithRawResponse:
        from .bulk import AsyncCoreUserGroupsResourceLinkBulkResourceWithRawResponse

        return AsyncCoreUserGroupsResourceLinkBulkResourceWithRawResponse(self._resource.bulk)
