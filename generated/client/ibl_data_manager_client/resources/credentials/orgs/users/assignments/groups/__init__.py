"""`Client.credentials.orgs.users.assignments.groups`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.credentials import (
    credentials_orgs_users_assignments_groups_create as _credentials_orgs_users_assignments_groups_create,
)
from .......api.credentials import (
    credentials_orgs_users_assignments_groups_create_2 as _credentials_orgs_users_assignments_groups_create_2,
)
from .......api.credentials import (
    credentials_orgs_users_assignments_groups_retrieve as _credentials_orgs_users_assignments_groups_retrieve,
)
from .......api.credentials import (
    credentials_orgs_users_assignments_groups_retrieve_2 as _credentials_orgs_users_assignments_groups_retrieve_2,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersAssignmentsGroupsResource",
    "CredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersAssignmentsGroupsResource",
    "AsyncCredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse",
]


class CredentialsOrgsUsersAssignmentsGroupsResource:
    """`Client.credentials.orgs.users.assignments.groups`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get group assignments with department-aware filtering

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_groups_retrieve.OPERATION,
            _credentials_orgs_users_assignments_groups_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create group assignment with department access validation

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_groups_create.OPERATION,
            _credentials_orgs_users_assignments_groups_create.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get group assignments with department-aware filtering

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_groups_retrieve_2.OPERATION,
            _credentials_orgs_users_assignments_groups_retrieve_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create group assignment with department access validation

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_groups_create_2.OPERATION,
            _credentials_orgs_users_assignments_groups_create_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )


class CredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse:
    """`Client.credentials.orgs.users.assignments.groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersAssignmentsGroupsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCredentialsOrgsUsersAssignmentsGroupsResource:
    """`AsyncClient.credentials.orgs.users.assignments.groups`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get group assignments with department-aware filtering

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_groups_retrieve.OPERATION,
            _credentials_orgs_users_assignments_groups_retrieve.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    async def create(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create group assignment with department access validation

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_groups_create.OPERATION,
            _credentials_orgs_users_assignments_groups_create.build_request(
                platform_key=platform_key, user_id=user_id
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get group assignments with department-aware filtering

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_groups_retrieve_2.OPERATION,
            _credentials_orgs_users_assignments_groups_retrieve_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )

    async def create_2(
        self,
        *,
        platform_key: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create group assignment with department access validation

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_groups_create_2.OPERATION,
            _credentials_orgs_users_assignments_groups_create_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )


class AsyncCredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.assignments.groups`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersAssignmentsGroupsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
