"""`Client.core.user_groups_resource`: 3 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.core import core_user_groups_create_2 as _core_user_groups_create_2
from ....api.core import core_user_groups_destroy_2 as _core_user_groups_destroy_2
from ....api.core import core_user_groups_retrieve_2 as _core_user_groups_retrieve_2

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .link import (
        AsyncCoreUserGroupsResourceLinkResource,
        AsyncCoreUserGroupsResourceLinkResourceWithRawResponse,
        CoreUserGroupsResourceLinkResource,
        CoreUserGroupsResourceLinkResourceWithRawResponse,
    )

__all__ = [
    "CoreUserGroupsResourceResource",
    "CoreUserGroupsResourceResourceWithRawResponse",
    "AsyncCoreUserGroupsResourceResource",
    "AsyncCoreUserGroupsResourceResourceWithRawResponse",
]


class CoreUserGroupsResourceResource:
    """`Client.core.user_groups_resource`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUserGroupsResourceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUserGroupsResourceResourceWithRawResponse(self)

    @cached_property
    def link(self) -> CoreUserGroupsResourceLinkResource:
        from .link import CoreUserGroupsResourceLinkResource

        return CoreUserGroupsResourceLinkResource(self._client)

    def destroy_2(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete user group

        Returns:
            None
        """
        return self._client._send(
            _core_user_groups_destroy_2.OPERATION,
            _core_user_groups_destroy_2.build_request(),
            options,
        )

    def retrieve_2(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Show (active) user groups associated with a platform

        Returns:
            None
        """
        return self._client._send(
            _core_user_groups_retrieve_2.OPERATION,
            _core_user_groups_retrieve_2.build_request(),
            options,
        )

    def create_2(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create/update a user group

        Returns:
            None
        """
        return self._client._send(
            _core_user_groups_create_2.OPERATION,
            _core_user_groups_create_2.build_request(),
            options,
        )


class CoreUserGroupsResourceResourceWithRawResponse:
    """`Client.core.user_groups_resource`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUserGroupsResourceResource) -> None:
        self._resource = resource
        self.destroy_2 = to_raw_response(resource.destroy_2)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)

    @cached_property
    def link(self) -> CoreUserGroupsResourceLinkResourceWithRawResponse:
        from .link import CoreUserGroupsResourceLinkResourceWithRawResponse

        return CoreUserGroupsResourceLinkResourceWithRawResponse(self._resource.link)


class AsyncCoreUserGroupsResourceResource:
    """`AsyncClient.core.user_groups_resource`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUserGroupsResourceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUserGroupsResourceResourceWithRawResponse(self)

    @cached_property
    def link(self) -> AsyncCoreUserGroupsResourceLinkResource:
        from .link import AsyncCoreUserGroupsResourceLinkResource

        return AsyncCoreUserGroupsResourceLinkResource(self._client)

    async def destroy_2(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete user group

        Returns:
            None
        """
        return await self._client._send(
            _core_user_groups_destroy_2.OPERATION,
            _core_user_groups_destroy_2.build_request(),
            options,
        )

    async def retrieve_2(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Show (active) user groups associated with a platform

        Returns:
            None
        """
        return await self._client._send(
            _core_user_groups_retrieve_2.OPERATION,
            _core_user_groups_retrieve_2.build_request(),
            options,
        )

    async def create_2(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create/update a user group

        Returns:
            None
        """
        return await self._client._send(
            _core_user_groups_create_2.OPERATION,
            _core_user_groups_create_2.build_request(),
            options,
        )


class AsyncCoreUserGroupsResourceResourceWithRawResponse:
    """`AsyncClient.core.user_groups_resource`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUserGroupsResourceResource) -> None:
        self._resource = resource
        self.destroy_2 = async_to_raw_response(resource.destroy_2)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)

    @cached_property
    def link(self) -> AsyncCoreUserGroupsResourceLinkResourceWithRawResponse:
        from .link import AsyncCoreUserGroupsResourceLinkResourceWithRawResponse

        return AsyncCoreUserGroupsResourceLinkResourceWithRawResponse(self._resource.link)
