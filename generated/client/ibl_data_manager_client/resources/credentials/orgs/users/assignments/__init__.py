"""`Client.credentials.orgs.users.assignments`: 2 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.credentials import (
    credentials_orgs_users_assignments_destroy as _credentials_orgs_users_assignments_destroy,
)
from ......api.credentials import (
    credentials_orgs_users_assignments_destroy_2 as _credentials_orgs_users_assignments_destroy_2,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .groups import (
        AsyncCredentialsOrgsUsersAssignmentsGroupsResource,
        AsyncCredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse,
        CredentialsOrgsUsersAssignmentsGroupsResource,
        CredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse,
    )
    from .users import (
        AsyncCredentialsOrgsUsersAssignmentsUsersResource,
        AsyncCredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse,
        CredentialsOrgsUsersAssignmentsUsersResource,
        CredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse,
    )

__all__ = [
    "CredentialsOrgsUsersAssignmentsResource",
    "CredentialsOrgsUsersAssignmentsResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersAssignmentsResource",
    "AsyncCredentialsOrgsUsersAssignmentsResourceWithRawResponse",
]


class CredentialsOrgsUsersAssignmentsResource:
    """`Client.credentials.orgs.users.assignments`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersAssignmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersAssignmentsResourceWithRawResponse(self)

    @cached_property
    def groups(self) -> CredentialsOrgsUsersAssignmentsGroupsResource:
        from .groups import CredentialsOrgsUsersAssignmentsGroupsResource

        return CredentialsOrgsUsersAssignmentsGroupsResource(self._client)

    @cached_property
    def users(self) -> CredentialsOrgsUsersAssignmentsUsersResource:
        from .users import CredentialsOrgsUsersAssignmentsUsersResource

        return CredentialsOrgsUsersAssignmentsUsersResource(self._client)

    def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        assignment_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a credential assignment using its entity_id. Only platform admins and department
        admins can delete assignments.

        Args:
            platform_key (str, path)
            user_id (int, path)
            assignment_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_destroy.OPERATION,
            _credentials_orgs_users_assignments_destroy.build_request(
                platform_key=platform_key, user_id=user_id, assignment_id=assignment_id
            ),
            options,
        )

    def destroy_2(
        self,
        *,
        platform_key: str,
        username: str,
        assignment_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a credential assignment using its entity_id. Only platform admins and department
        admins can delete assignments.

        Args:
            platform_key (str, path)
            username (str, path)
            assignment_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_assignments_destroy_2.OPERATION,
            _credentials_orgs_users_assignments_destroy_2.build_request(
                platform_key=platform_key, username=username, assignment_id=assignment_id
            ),
            options,
        )


class CredentialsOrgsUsersAssignmentsResourceWithRawResponse:
    """`Client.credentials.orgs.users.assignments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersAssignmentsResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.destroy_2 = to_raw_response(resource.destroy_2)

    @cached_property
    def groups(self) -> CredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse:
        from .groups import CredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse

        return CredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def users(self) -> CredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse:
        from .users import CredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse

        return CredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse(self._resource.users)


class AsyncCredentialsOrgsUsersAssignmentsResource:
    """`AsyncClient.credentials.orgs.users.assignments`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsOrgsUsersAssignmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersAssignmentsResourceWithRawResponse(self)

    @cached_property
    def groups(self) -> AsyncCredentialsOrgsUsersAssignmentsGroupsResource:
        from .groups import AsyncCredentialsOrgsUsersAssignmentsGroupsResource

        return AsyncCredentialsOrgsUsersAssignmentsGroupsResource(self._client)

    @cached_property
    def users(self) -> AsyncCredentialsOrgsUsersAssignmentsUsersResource:
        from .users import AsyncCredentialsOrgsUsersAssignmentsUsersResource

        return AsyncCredentialsOrgsUsersAssignmentsUsersResource(self._client)

    async def destroy(
        self,
        *,
        platform_key: str,
        user_id: int,
        assignment_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a credential assignment using its entity_id. Only platform admins and department
        admins can delete assignments.

        Args:
            platform_key (str, path)
            user_id (int, path)
            assignment_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_destroy.OPERATION,
            _credentials_orgs_users_assignments_destroy.build_request(
                platform_key=platform_key, user_id=user_id, assignment_id=assignment_id
            ),
            options,
        )

    async def destroy_2(
        self,
        *,
        platform_key: str,
        username: str,
        assignment_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a credential assignment using its entity_id. Only platform admins and department
        admins can delete assignments.

        Args:
            platform_key (str, path)
            username (str, path)
            assignment_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_assignments_destroy_2.OPERATION,
            _credentials_orgs_users_assignments_destroy_2.build_request(
                platform_key=platform_key, username=username, assignment_id=assignment_id
            ),
            options,
        )


class AsyncCredentialsOrgsUsersAssignmentsResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.assignments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersAssignmentsResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.destroy_2 = async_to_raw_response(resource.destroy_2)

    @cached_property
    def groups(self) -> AsyncCredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse:
        from .groups import AsyncCredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse

        return AsyncCredentialsOrgsUsersAssignmentsGroupsResourceWithRawResponse(
            self._resource.groups
        )

    @cached_property
    def users(self) -> AsyncCredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse:
        from .users import AsyncCredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse

        return AsyncCredentialsOrgsUsersAssignmentsUsersResourceWithRawResponse(
            self._resource.users
        )
