"""`Client.orgs.scim.v2.groups`: 10 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.scim import delete_group as _delete_group
from ......api.scim import delete_group_2 as _delete_group_2
from ......api.scim import list_groups as _list_groups
from ......api.scim import manage_group as _manage_group
from ......api.scim import partial_update_group as _partial_update_group
from ......api.scim import partial_update_group_2 as _partial_update_group_2
from ......api.scim import retrieve_group as _retrieve_group
from ......api.scim import retrieve_group_2 as _retrieve_group_2
from ......api.scim import update_group as _update_group
from ......api.scim import update_group_2 as _update_group_2
from ......models.patched_scim_group import PatchedSCIMGroup
from ......models.scim_group import SCIMGroup
from ......models.scim_group_list_response import SCIMGroupListResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .add_members import (
        AsyncOrgsScimV2GroupsAddMembersResource,
        AsyncOrgsScimV2GroupsAddMembersResourceWithRawResponse,
        OrgsScimV2GroupsAddMembersResource,
        OrgsScimV2GroupsAddMembersResourceWithRawResponse,
    )
    from .remove_members import (
        AsyncOrgsScimV2GroupsRemoveMembersResource,
        AsyncOrgsScimV2GroupsRemoveMembersResourceWithRawResponse,
        OrgsScimV2GroupsRemoveMembersResource,
        OrgsScimV2GroupsRemoveMembersResourceWithRawResponse,
    )

__all__ = [
    "OrgsScimV2GroupsResource",
    "OrgsScimV2GroupsResourceWithRawResponse",
    "AsyncOrgsScimV2GroupsResource",
    "AsyncOrgsScimV2GroupsResourceWithRawResponse",
]


class OrgsScimV2GroupsResource:
    """`Client.orgs.scim.v2.groups`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrgsScimV2GroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OrgsScimV2GroupsResourceWithRawResponse(self)

    @cached_property
    def add_members(self) -> OrgsScimV2GroupsAddMembersResource:
        from .add_members import OrgsScimV2GroupsAddMembersResource

        return OrgsScimV2GroupsAddMembersResource(self._client)

    @cached_property
    def remove_members(self) -> OrgsScimV2GroupsRemoveMembersResource:
        from .remove_members import OrgsScimV2GroupsRemoveMembersResource

        return OrgsScimV2GroupsRemoveMembersResource(self._client)

    def list_groups(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SCIMGroupListResponse]:
        """List existing RBAC groups

        List all existing RBAC groups for the specified platform. Only returns groups that have
        been pre-created in the RBAC system.

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)

        Returns:
            list[SCIMGroupListResponse]
        """
        return self._client._send(
            _list_groups.OPERATION,
            _list_groups.build_request(platform_key=platform_key, format_=format_),
            options,
        )

    def manage_group(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        body: SCIMGroup,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Manage existing user group

        Add/remove users from an existing RBAC group for the specified platform. Does not create
        new groups.

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)
            body (SCIMGroup, request body): SCIM group serializer for RBAC group management

        Returns:
            SCIMGroup
        """
        return self._client._send(
            _manage_group.OPERATION,
            _manage_group.build_request(platform_key=platform_key, format_=format_, body=body),
            options,
        )

    def delete_group(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete an existing RBAC group

        Delete an existing RBAC group from the system

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            Any
        """
        return self._client._send(
            _delete_group.OPERATION,
            _delete_group.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def retrieve_group(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Get details of a specific RBAC group

        Get details of a specific existing RBAC group by unique ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMGroup
        """
        return self._client._send(
            _retrieve_group.OPERATION,
            _retrieve_group.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def partial_update_group(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Partially update an existing RBAC group

        Partially update an existing RBAC group's name, description, and members for the
        specified platform using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMGroup | Unset, request body): SCIM group serializer for RBAC group
                management

        Returns:
            SCIMGroup
        """
        return self._client._send(
            _partial_update_group.OPERATION,
            _partial_update_group.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    def update_group(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMGroup,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Update an existing RBAC group

        Update an existing RBAC group's name, description, and members for the specified
        platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMGroup, request body): SCIM group serializer for RBAC group management

        Returns:
            SCIMGroup
        """
        return self._client._send(
            _update_group.OPERATION,
            _update_group.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    def delete_group_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete an existing RBAC group

        Delete an existing RBAC group from the system

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            Any
        """
        return self._client._send(
            _delete_group_2.OPERATION,
            _delete_group_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def retrieve_group_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Get details of a specific RBAC group

        Get details of a specific existing RBAC group by unique ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMGroup
        """
        return self._client._send(
            _retrieve_group_2.OPERATION,
            _retrieve_group_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def partial_update_group_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Partially update an existing RBAC group

        Partially update an existing RBAC group's name, description, and members for the
        specified platform using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMGroup | Unset, request body): SCIM group serializer for RBAC group
                management

        Returns:
            SCIMGroup
        """
        return self._client._send(
            _partial_update_group_2.OPERATION,
            _partial_update_group_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    def update_group_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMGroup,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Update an existing RBAC group

        Update an existing RBAC group's name, description, and members for the specified
        platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMGroup, request body): SCIM group serializer for RBAC group management

        Returns:
            SCIMGroup
        """
        return self._client._send(
            _update_group_2.OPERATION,
            _update_group_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )


class OrgsScimV2GroupsResourceWithRawResponse:
    """`Client.orgs.scim.v2.groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OrgsScimV2GroupsResource) -> None:
        self._resource = resource
        self.list_groups = to_raw_response(resource.list_groups)
        self.manage_group = to_raw_response(resource.manage_group)
        self.delete_group = to_raw_response(resource.delete_group)
        self.retrieve_group = to_raw_response(resource.retrieve_group)
        self.partial_update_group = to_raw_response(resource.partial_update_group)
        self.update_group = to_raw_response(resource.update_group)
        self.delete_group_2 = to_raw_response(resource.delete_group_2)
        self.retrieve_group_2 = to_raw_response(resource.retrieve_group_2)
        self.partial_update_group_2 = to_raw_response(resource.partial_update_group_2)
        self.update_group_2 = to_raw_response(resource.update_group_2)

    @cached_property
    def add_members(self) -> OrgsScimV2GroupsAddMembersResourceWithRawResponse:
        from .add_members import OrgsScimV2GroupsAddMembersResourceWithRawResponse

        return OrgsScimV2GroupsAddMembersResourceWithRawResponse(self._resource.add_members)

    @cached_property
    def remove_members(self) -> OrgsScimV2GroupsRemoveMembersResourceWithRawResponse:
        from .remove_members import OrgsScimV2GroupsRemoveMembersResourceWithRawResponse

        return OrgsScimV2GroupsRemoveMembersResourceWithRawResponse(self._resource.remove_members)


class AsyncOrgsScimV2GroupsResource:
    """`AsyncClient.orgs.scim.v2.groups`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrgsScimV2GroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOrgsScimV2GroupsResourceWithRawResponse(self)

    @cached_property
    def add_members(self) -> AsyncOrgsScimV2GroupsAddMembersResource:
        from .add_members import AsyncOrgsScimV2GroupsAddMembersResource

        return AsyncOrgsScimV2GroupsAddMembersResource(self._client)

    @cached_property
    def remove_members(self) -> AsyncOrgsScimV2GroupsRemoveMembersResource:
        from .remove_members import AsyncOrgsScimV2GroupsRemoveMembersResource

        return AsyncOrgsScimV2GroupsRemoveMembersResource(self._client)

    async def list_groups(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SCIMGroupListResponse]:
        """List existing RBAC groups

        List all existing RBAC groups for the specified platform. Only returns groups that have
        been pre-created in the RBAC system.

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)

        Returns:
            list[SCIMGroupListResponse]
        """
        return await self._client._send(
            _list_groups.OPERATION,
            _list_groups.build_request(platform_key=platform_key, format_=format_),
            options,
        )

    async def manage_group(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        body: SCIMGroup,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Manage existing user group

        Add/remove users from an existing RBAC group for the specified platform. Does not create
        new groups.

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)
            body (SCIMGroup, request body): SCIM group serializer for RBAC group management

        Returns:
            SCIMGroup
        """
        return await self._client._send(
            _manage_group.OPERATION,
            _manage_group.build_request(platform_key=platform_key, format_=format_, body=body),
            options,
        )

    async def delete_group(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete an existing RBAC group

        Delete an existing RBAC group from the system

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            Any
        """
        return await self._client._send(
            _delete_group.OPERATION,
            _delete_group.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def retrieve_group(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Get details of a specific RBAC group

        Get details of a specific existing RBAC group by unique ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMGroup
        """
        return await self._client._send(
            _retrieve_group.OPERATION,
            _retrieve_group.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def partial_update_group(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Partially update an existing RBAC group

        Partially update an existing RBAC group's name, description, and members for the
        specified platform using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMGroup | Unset, request body): SCIM group serializer for RBAC group
                management

        Returns:
            SCIMGroup
        """
        return await self._client._send(
            _partial_update_group.OPERATION,
            _partial_update_group.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    async def update_group(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMGroup,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Update an existing RBAC group

        Update an existing RBAC group's name, description, and members for the specified
        platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMGroup, request body): SCIM group serializer for RBAC group management

        Returns:
            SCIMGroup
        """
        return await self._client._send(
            _update_group.OPERATION,
            _update_group.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    async def delete_group_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Delete an existing RBAC group

        Delete an existing RBAC group from the system

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            Any
        """
        return await self._client._send(
            _delete_group_2.OPERATION,
            _delete_group_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def retrieve_group_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Get details of a specific RBAC group

        Get details of a specific existing RBAC group by unique ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMGroup
        """
        return await self._client._send(
            _retrieve_group_2.OPERATION,
            _retrieve_group_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def partial_update_group_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMGroup | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Partially update an existing RBAC group

        Partially update an existing RBAC group's name, description, and members for the
        specified platform using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMGroup | Unset, request body): SCIM group serializer for RBAC group
                management

        Returns:
            SCIMGroup
        """
        return await self._client._send(
            _partial_update_group_2.OPERATION,
            _partial_update_group_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    async def update_group_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMGroup,
        **options: Unpack[RequestOptions],
    ) -> SCIMGroup:
        """Update an existing RBAC group

        Update an existing RBAC group's name, description, and members for the specified
        platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMGroup, request body): SCIM group serializer for RBAC group management

        Returns:
            SCIMGroup
        """
        return await self._client._send(
            _update_group_2.OPERATION,
            _update_group_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )


class AsyncOrgsScimV2GroupsResourceWithRawResponse:
    """`AsyncClient.orgs.scim.v2.groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOrgsScimV2GroupsResource) -> None:
        self._resource = resource
        self.list_groups = async_to_raw_response(resource.list_groups)
        self.manage_group = async_to_raw_response(resource.manage_group)
        self.delete_group = async_to_raw_response(resource.delete_group)
        self.retrieve_group = async_to_raw_response(resource.retrieve_group)
        self.partial_update_group = async_to_raw_response(resource.partial_update_group)
        self.update_group = async_to_raw_response(resource.update_group)
        self.delete_group_2 = async_to_raw_response(resource.delete_group_2)
        self.retrieve_group_2 = async_to_raw_response(resource.retrieve_group_2)
        self.partial_update_group_2 = async_to_raw_response(resource.partial_update_group_2)
        self.update_group_2 = async_to_raw_response(resource.update_group_2)

    @cached_property
    def add_members(self) -> AsyncOrgsScimV2GroupsAddMembersResourceWithRawResponse:
        from .add_members import AsyncOrgsScimV2GroupsAddMembersResourceWithRawResponse

        return AsyncOrgsScimV2GroupsAddMembersResourceWithRawResponse(self._resource.add_members)

    @cached_property
    def remove_members(self) -> AsyncOrgsScimV2GroupsRemoveMembersResourceWithRawResponse:
        from .remove_members import AsyncOrgsScimV2GroupsRemoveMembersResourceWithRawResponse

        return AsyncOrgsScimV2GroupsRemoveMembersResourceWithRawResponse(
            self._resource.remove_members
        )
