"""`Client.orgs.scim.v2.groups.add_members`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.scim import add_group_members as _add_group_members
from .......models.scim_group import SCIMGroup
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "OrgsScimV2GroupsAddMembersResource",
    "OrgsScimV2GroupsAddMembersResourceWithRawResponse",
    "AsyncOrgsScimV2GroupsAddMembersResource",
    "AsyncOrgsScimV2GroupsAddMembersResourceWithRawResponse",
]


class OrgsScimV2GroupsAddMembersResource:
    """`Client.orgs.scim.v2.groups.add_members`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrgsScimV2GroupsAddMembersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OrgsScimV2GroupsAddMembersResourceWithRawResponse(self)

    def add_group_members(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Add members to an existing RBAC group

        Add members to an existing RBAC group using SCIM patch operations

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMGroup
        """
        return self._client._send(
            _add_group_members.OPERATION,
            _add_group_members.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )


class OrgsScimV2GroupsAddMembersResourceWithRawResponse:
    """`Client.orgs.scim.v2.groups.add_members`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OrgsScimV2GroupsAddMembersResource) -> None:
        self._resource = resource
        self.add_group_members = to_raw_response(resource.add_group_members)


class AsyncOrgsScimV2GroupsAddMembersResource:
    """`AsyncClient.orgs.scim.v2.groups.add_members`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrgsScimV2GroupsAddMembersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOrgsScimV2GroupsAddMembersResourceWithRawResponse(self)

    async def add_group_members(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Add members to an existing RBAC group

        Add members to an existing RBAC group using SCIM patch operations

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMGroup
        """
        return await self._client._send(
            _add_group_members.OPERATION,
            _add_group_members.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )


class AsyncOrgsScimV2GroupsAddMembersResourceWithRawResponse:
    """`AsyncClient.orgs.scim.v2.groups.add_members`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOrgsScimV2GroupsAddMembersResource) -> None:
        self._resource = resource
        self.add_group_members = async_to_raw_response(resource.add_group_members)
