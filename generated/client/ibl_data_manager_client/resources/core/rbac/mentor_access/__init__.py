"""`Client.core.rbac.mentor_access`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_rbac_mentor_access_create as _core_rbac_mentor_access_create
from .....api.core import core_rbac_mentor_access_list as _core_rbac_mentor_access_list
from .....models.mentor_policy import MentorPolicy
from .....models.mentor_policy_request import MentorPolicyRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreRbacMentorAccessResource",
    "CoreRbacMentorAccessResourceWithRawResponse",
    "AsyncCoreRbacMentorAccessResource",
    "AsyncCoreRbacMentorAccessResourceWithRawResponse",
]


class CoreRbacMentorAccessResource:
    """`Client.core.rbac.mentor_access`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacMentorAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacMentorAccessResourceWithRawResponse(self)

    def list(
        self,
        *,
        mentor_id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[MentorPolicy]:
        """Get mentor access status

        Retrieve current access information for a specific mentor, including all groups and
        users that have access with their respective roles.

        Args:
            mentor_id (int, query)
            platform_key (str, query)

        Returns:
            list[MentorPolicy]
        """
        return self._client._send(
            _core_rbac_mentor_access_list.OPERATION,
            _core_rbac_mentor_access_list.build_request(
                mentor_id=mentor_id, platform_key=platform_key
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: MentorPolicyRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorPolicy: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        mentor_id: int,
        role: str,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        usernames_to_add: list[str] | Unset = UNSET,
        emails_to_add: list[str] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorPolicy: ...

    def create(
        self,
        *,
        body: MentorPolicyRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        mentor_id: int | Unset = UNSET,
        role: str | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        usernames_to_add: list[str] | Unset = UNSET,
        emails_to_add: list[str] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorPolicy:
        """Control which RbacGroups and/or Users have access to a mentor and with what Role

        Create or update RBAC policies to manage group and user access to specific mentors.
        Creates role-specific policies and handles adding/removing groups and users.

        Args:
            body (MentorPolicyRequest, request body): Serializer for mentor-specific RBAC
                policies using ModelSerializer pattern. Accepts mentor_id and role, generates
                resources and role internally.
            Or the body's fields as keywords instead of body=: platform_key, mentor_id, role,
                groups_to_add, groups_to_remove, users_to_add, usernames_to_add, emails_to_add,
                users_to_remove

        Returns:
            MentorPolicy
        """
        body = body_from_fields(
            "core.rbac.mentor_access.create",
            body,
            MentorPolicyRequest,
            ["platform_key", "mentor_id", "role"],
            (
                ("platform_key", "platform_key", platform_key),
                ("mentor_id", "mentor_id", mentor_id),
                ("role", "role", role),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
                ("users_to_add", "users_to_add", users_to_add),
                ("usernames_to_add", "usernames_to_add", usernames_to_add),
                ("emails_to_add", "emails_to_add", emails_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_mentor_access_create.OPERATION,
            _core_rbac_mentor_access_create.build_request(body=body),
            options,
        )


class CoreRbacMentorAccessResourceWithRawResponse:
    """`Client.core.rbac.mentor_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacMentorAccessResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncCoreRbacMentorAccessResource:
    """`AsyncClient.core.rbac.mentor_access`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacMentorAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacMentorAccessResourceWithRawResponse(self)

    async def list(
        self,
        *,
        mentor_id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[MentorPolicy]:
        """Get mentor access status

        Retrieve current access information for a specific mentor, including all groups and
        users that have access with their respective roles.

        Args:
            mentor_id (int, query)
            platform_key (str, query)

        Returns:
            list[MentorPolicy]
        """
        return await self._client._send(
            _core_rbac_mentor_access_list.OPERATION,
            _core_rbac_mentor_access_list.build_request(
                mentor_id=mentor_id, platform_key=platform_key
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: MentorPolicyRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorPolicy: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        mentor_id: int,
        role: str,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        usernames_to_add: list[str] | Unset = UNSET,
        emails_to_add: list[str] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorPolicy: ...

    async def create(
        self,
        *,
        body: MentorPolicyRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        mentor_id: int | Unset = UNSET,
        role: str | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        usernames_to_add: list[str] | Unset = UNSET,
        emails_to_add: list[str] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorPolicy:
        """Control which RbacGroups and/or Users have access to a mentor and with what Role

        Create or update RBAC policies to manage group and user access to specific mentors.
        Creates role-specific policies and handles adding/removing groups and users.

        Args:
            body (MentorPolicyRequest, request body): Serializer for mentor-specific RBAC
                policies using ModelSerializer pattern. Accepts mentor_id and role, generates
                resources and role internally.
            Or the body's fields as keywords instead of body=: platform_key, mentor_id, role,
                groups_to_add, groups_to_remove, users_to_add, usernames_to_add, emails_to_add,
                users_to_remove

        Returns:
            MentorPolicy
        """
        body = body_from_fields(
            "core.rbac.mentor_access.create",
            body,
            MentorPolicyRequest,
            ["platform_key", "mentor_id", "role"],
            (
                ("platform_key", "platform_key", platform_key),
                ("mentor_id", "mentor_id", mentor_id),
                ("role", "role", role),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
                ("users_to_add", "users_to_add", users_to_add),
                ("usernames_to_add", "usernames_to_add", usernames_to_add),
                ("emails_to_add", "emails_to_add", emails_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_mentor_access_create.OPERATION,
            _core_rbac_mentor_access_create.build_request(body=body),
            options,
        )


class AsyncCoreRbacMentorAccessResourceWithRawResponse:
    """`AsyncClient.core.rbac.mentor_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacMentorAccessResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
