"""`Client.credentials.orgs.users.assignments.users`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.credentials import (
    credentials_orgs_users_assignments_users_create as _credentials_orgs_users_assignments_users_create,
)
from .......api.credentials import (
    credentials_orgs_users_assignments_users_create_2 as _credentials_orgs_users_assignments_users_create_2,
)
from .......api.credentials import (
    credentials_orgs_users_assignments_users_retrieve as _credentials_orgs_users_assignments_users_retrieve,
)
from .......api.credentials import (
    credentials_orgs_users_assignments_users_retrieve_2 as _credentials_orgs_users_assignments_users_retrieve_2,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersAssignmentsUsersResource",
    "CredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersAssignmentsUsersResource",
    "AsyncCredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse",
]


class CredentialsOrgsUsersAssignmentsUsersResource:
    """`Client.credentials.orgs.users.assignments.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get assignments and their corresponding assertions based on user role: - Regular users:
        get only their own assignments - Platform admins: get assignments for all users in their
        platform - Department admins: get assignments for users in their department groups

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_users_retrieve.OPERATION,
            _credentials_orgs_users_assignments_users_retrieve.build_request(
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
        """Create assignments with department access validation

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_users_create.OPERATION,
            _credentials_orgs_users_assignments_users_create.build_request(
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
        """Get assignments and their corresponding assertions based on user role: - Regular users:
        get only their own assignments - Platform admins: get assignments for all users in their
        platform - Department admins: get assignments for users in their department groups

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_users_retrieve_2.OPERATION,
            _credentials_orgs_users_assignments_users_retrieve_2.build_request(
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
        """Create assignments with department access validation

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_users_create_2.OPERATION,
            _credentials_orgs_users_assignments_users_create_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )


class CredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse:
    """`Client.credentials.orgs.users.assignments.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersAssignmentsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncCredentialsOrgsUsersAssignmentsUsersResource:
    """`AsyncClient.credentials.orgs.users.assignments.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get assignments and their corresponding assertions based on user role: - Regular users:
        get only their own assignments - Platform admins: get assignments for all users in their
        platform - Department admins: get assignments for users in their department groups

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_users_retrieve.OPERATION,
            _credentials_orgs_users_assignments_users_retrieve.build_request(
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
        """Create assignments with department access validation

        Args:
            platform_key (str, path)
            user_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_users_create.OPERATION,
            _credentials_orgs_users_assignments_users_create.build_request(
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
        """Get assignments and their corresponding assertions based on user role: - Regular users:
        get only their own assignments - Platform admins: get assignments for all users in their
        platform - Department admins: get assignments for users in their department groups

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_users_retrieve_2.OPERATION,
            _credentials_orgs_users_assignments_users_retrieve_2.build_request(
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
        """Create assignments with department access validation

        Args:
            platform_key (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_users_create_2.OPERATION,
            _credentials_orgs_users_assignments_users_create_2.build_request(
                platform_key=platform_key, username=username
            ),
            options,
        )


class AsyncCredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.assignments.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersAssignmentsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
        self.create_2 = async_to_raw_response(resource.create_2)
