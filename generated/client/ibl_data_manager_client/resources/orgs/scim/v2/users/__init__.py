"""`Client.orgs.scim.v2.users`: 10 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.scim import create_user as _create_user
from ......api.scim import delete_user as _delete_user
from ......api.scim import delete_user_2 as _delete_user_2
from ......api.scim import list_users as _list_users
from ......api.scim import partial_update_user as _partial_update_user
from ......api.scim import partial_update_user_2 as _partial_update_user_2
from ......api.scim import retrieve_user as _retrieve_user
from ......api.scim import retrieve_user_2 as _retrieve_user_2
from ......api.scim import update_user as _update_user
from ......api.scim import update_user_2 as _update_user_2
from ......models.patched_scim_user_response import PatchedSCIMUserResponse
from ......models.scim_user_create_request import SCIMUserCreateRequest
from ......models.scim_user_list_response import SCIMUserListResponse
from ......models.scim_user_response import SCIMUserResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "OrgsScimV2UsersResource",
    "OrgsScimV2UsersResourceWithRawResponse",
    "AsyncOrgsScimV2UsersResource",
    "AsyncOrgsScimV2UsersResourceWithRawResponse",
]


class OrgsScimV2UsersResource:
    """`Client.orgs.scim.v2.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrgsScimV2UsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OrgsScimV2UsersResourceWithRawResponse(self)

    def list_users(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SCIMUserListResponse]:
        """List users in the system

        List users in the system for the specified platform

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)

        Returns:
            list[SCIMUserListResponse]
        """
        return self._client._send(
            _list_users.OPERATION,
            _list_users.build_request(platform_key=platform_key, format_=format_),
            options,
        )

    def create_user(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Create a new user in the system

        Create a new user in the system for the specified platform

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _create_user.OPERATION,
            _create_user.build_request(platform_key=platform_key, format_=format_, body=body),
            options,
        )

    def delete_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _delete_user.OPERATION,
            _delete_user.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def retrieve_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _retrieve_user.OPERATION,
            _retrieve_user.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def partial_update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMUserResponse | Unset, request body): SCIM user response serializer

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _partial_update_user.OPERATION,
            _partial_update_user.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    def update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _update_user.OPERATION,
            _update_user.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    def delete_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _delete_user_2.OPERATION,
            _delete_user_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def retrieve_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _retrieve_user_2.OPERATION,
            _retrieve_user_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    def partial_update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMUserResponse | Unset, request body): SCIM user response serializer

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _partial_update_user_2.OPERATION,
            _partial_update_user_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    def update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer

        Returns:
            SCIMUserResponse
        """
        return self._client._send(
            _update_user_2.OPERATION,
            _update_user_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )


class OrgsScimV2UsersResourceWithRawResponse:
    """`Client.orgs.scim.v2.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OrgsScimV2UsersResource) -> None:
        self._resource = resource
        self.list_users = to_raw_response(resource.list_users)
        self.create_user = to_raw_response(resource.create_user)
        self.delete_user = to_raw_response(resource.delete_user)
        self.retrieve_user = to_raw_response(resource.retrieve_user)
        self.partial_update_user = to_raw_response(resource.partial_update_user)
        self.update_user = to_raw_response(resource.update_user)
        self.delete_user_2 = to_raw_response(resource.delete_user_2)
        self.retrieve_user_2 = to_raw_response(resource.retrieve_user_2)
        self.partial_update_user_2 = to_raw_response(resource.partial_update_user_2)
        self.update_user_2 = to_raw_response(resource.update_user_2)


class AsyncOrgsScimV2UsersResource:
    """`AsyncClient.orgs.scim.v2.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrgsScimV2UsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOrgsScimV2UsersResourceWithRawResponse(self)

    async def list_users(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[SCIMUserListResponse]:
        """List users in the system

        List users in the system for the specified platform

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)

        Returns:
            list[SCIMUserListResponse]
        """
        return await self._client._send(
            _list_users.OPERATION,
            _list_users.build_request(platform_key=platform_key, format_=format_),
            options,
        )

    async def create_user(
        self,
        *,
        platform_key: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Create a new user in the system

        Create a new user in the system for the specified platform

        Args:
            platform_key (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _create_user.OPERATION,
            _create_user.build_request(platform_key=platform_key, format_=format_, body=body),
            options,
        )

    async def delete_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _delete_user.OPERATION,
            _delete_user.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def retrieve_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _retrieve_user.OPERATION,
            _retrieve_user.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def partial_update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMUserResponse | Unset, request body): SCIM user response serializer

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _partial_update_user.OPERATION,
            _partial_update_user.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    async def update_user(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _update_user.OPERATION,
            _update_user.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    async def delete_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a user (not supported)

        Delete a user for the specified platform (not supported)

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _delete_user_2.OPERATION,
            _delete_user_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def retrieve_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Get details of a specific user

        Get details of a specific user by ID for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _retrieve_user_2.OPERATION,
            _retrieve_user_2.build_request(platform_key=platform_key, id=id, format_=format_),
            options,
        )

    async def partial_update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: PatchedSCIMUserResponse | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Partially update an existing user

        Partially update an existing user's information using PATCH method

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (PatchedSCIMUserResponse | Unset, request body): SCIM user response serializer

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _partial_update_user_2.OPERATION,
            _partial_update_user_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )

    async def update_user_2(
        self,
        *,
        platform_key: str,
        id: str,
        format_: str | Unset = UNSET,
        body: SCIMUserCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> SCIMUserResponse:
        """Update a user

        Update a user for the specified platform

        Args:
            platform_key (str, path)
            id (str, path)
            format_ (str | Unset, query)
            body (SCIMUserCreateRequest, request body): SCIM user creation request serializer

        Returns:
            SCIMUserResponse
        """
        return await self._client._send(
            _update_user_2.OPERATION,
            _update_user_2.build_request(
                platform_key=platform_key, id=id, format_=format_, body=body
            ),
            options,
        )


class AsyncOrgsScimV2UsersResourceWithRawResponse:
    """`AsyncClient.orgs.scim.v2.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOrgsScimV2UsersResource) -> None:
        self._resource = resource
        self.list_users = async_to_raw_response(resource.list_users)
        self.create_user = async_to_raw_response(resource.create_user)
        self.delete_user = async_to_raw_response(resource.delete_user)
        self.retrieve_user = async_to_raw_response(resource.retrieve_user)
        self.partial_update_user = async_to_raw_response(resource.partial_update_user)
        self.update_user = async_to_raw_response(resource.update_user)
        self.delete_user_2 = async_to_raw_response(resource.delete_user_2)
        self.retrieve_user_2 = async_to_raw_response(resource.retrieve_user_2)
        self.partial_update_user_2 = async_to_raw_response(resource.partial_update_user_2)
        self.update_user_2 = async_to_raw_response(resource.update_user_2)
