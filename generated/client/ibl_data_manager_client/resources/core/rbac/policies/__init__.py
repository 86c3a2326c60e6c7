"""`Client.core.rbac.policies`: 6 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_rbac_policies_create as _core_rbac_policies_create
from .....api.core import core_rbac_policies_destroy as _core_rbac_policies_destroy
from .....api.core import core_rbac_policies_list as _core_rbac_policies_list
from .....api.core import core_rbac_policies_partial_update as _core_rbac_policies_partial_update
from .....api.core import core_rbac_policies_retrieve as _core_rbac_policies_retrieve
from .....api.core import core_rbac_policies_update as _core_rbac_policies_update
from .....models.paginated_rbac_policy_list import PaginatedRbacPolicyList
from .....models.patched_rbac_policy import PatchedRbacPolicy
from .....models.rbac_policy import RbacPolicy
from .....models.rbac_policy_request import RbacPolicyRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreRbacPoliciesResource",
    "CoreRbacPoliciesResourceWithRawResponse",
    "AsyncCoreRbacPoliciesResource",
    "AsyncCoreRbacPoliciesResourceWithRawResponse",
]


class CoreRbacPoliciesResource:
    """`Client.core.rbac.policies`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreRbacPoliciesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreRbacPoliciesResourceWithRawResponse(self)

    def list(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedRbacPolicyList:
        """List RBAC policies

        Retrieve a list of RBAC policies. Can be filtered by platform_key, role_id, name,
        username, email, or group. Use include_users and include_groups to control response
        payload.

        Args:
            email (str | Unset, query)
            group (str | Unset, query)
            include_groups (bool | Unset, query)
            include_users (bool | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            role_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedRbacPolicyList
        """
        return self._client._send(
            _core_rbac_policies_list.OPERATION,
            _core_rbac_policies_list.build_request(
                email=email,
                group=group,
                include_groups=include_groups,
                include_users=include_users,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                role_id=role_id,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[RbacPolicy]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _core_rbac_policies_list.OPERATION,
            _core_rbac_policies_list.build_request(
                email=email,
                group=group,
                include_groups=include_groups,
                include_users=include_users,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                role_id=role_id,
                username=username,
            ),
            _core_rbac_policies_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        body: RbacPolicyRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    @overload
    def create(
        self,
        *,
        resources: list[str],
        role_id: int,
        platform_key: str,
        name: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    def create(
        self,
        *,
        body: RbacPolicyRequest | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        role_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy:
        """Create RBAC policy

        Create a new RBAC policy that defines resource access for a role

        Args:
            body (RbacPolicyRequest, request body): Serializer for policies.
            Or the body's fields as keywords instead of body=: resources, role_id, platform_key,
                name, users_to_add, users_to_remove, groups_to_add, groups_to_remove

        Returns:
            RbacPolicy
        """
        body = body_from_fields(
            "core.rbac.policies.create",
            body,
            RbacPolicyRequest,
            ["resources", "role_id", "platform_key"],
            (
                ("resources", "resources", resources),
                ("role_id", "role_id", role_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_policies_create.OPERATION,
            _core_rbac_policies_create.build_request(body=body),
            options,
        )

    def destroy(
        self,
        *,
        id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete RBAC policy

        Delete an RBAC policy.

        Args:
            id (int, path)
            platform_key (str, query)

        Returns:
            None
        """
        return self._client._send(
            _core_rbac_policies_destroy.OPERATION,
            _core_rbac_policies_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    def retrieve(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy:
        """Retrieve RBAC policy

        Retrieve details of a specific RBAC policy, including role, platform, resources, users,
        and groups.

        Args:
            id (int, path)

        Returns:
            RbacPolicy
        """
        return self._client._send(
            _core_rbac_policies_retrieve.OPERATION,
            _core_rbac_policies_retrieve.build_request(id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacPolicy | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    @overload
    def partial_update(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        role_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacPolicy | Unset = UNSET,
        name: str | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        role_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy:
        """Partially update RBAC policy

        Partially update an existing RBAC policy. Only provided fields will be updated.

        Args:
            id (int, path)
            body (PatchedRbacPolicy | Unset, request body): Serializer for policies.
            Or the body's fields as keywords instead of body=: name, resources, role_id,
                platform_key, users_to_add, users_to_remove, groups_to_add, groups_to_remove

        Returns:
            RbacPolicy
        """
        body = optional_body_from_fields(
            "core.rbac.policies.partial_update",
            body,
            PatchedRbacPolicy,
            [],
            (
                ("name", "name", name),
                ("resources", "resources", resources),
                ("role_id", "role_id", role_id),
                ("platform_key", "platform_key", platform_key),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_policies_partial_update.OPERATION,
            _core_rbac_policies_partial_update.build_request(id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        id: int,
        body: RbacPolicyRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    @overload
    def update(
        self,
        *,
        id: int,
        resources: list[str],
        role_id: int,
        platform_key: str,
        name: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    def update(
        self,
        *,
        id: int,
        body: RbacPolicyRequest | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        role_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy:
        """Update RBAC policy

        Update an existing RBAC policy.

        Args:
            id (int, path)
            body (RbacPolicyRequest, request body): Serializer for policies.
            Or the body's fields as keywords instead of body=: resources, role_id, platform_key,
                name, users_to_add, users_to_remove, groups_to_add, groups_to_remove

        Returns:
            RbacPolicy
        """
        body = body_from_fields(
            "core.rbac.policies.update",
            body,
            RbacPolicyRequest,
            ["resources", "role_id", "platform_key"],
            (
                ("resources", "resources", resources),
                ("role_id", "role_id", role_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
            ),
        )
        return self._client._send(
            _core_rbac_policies_update.OPERATION,
            _core_rbac_policies_update.build_request(id=id, body=body),
            options,
        )


class CoreRbacPoliciesResourceWithRawResponse:
    """`Client.core.rbac.policies`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacPoliciesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncCoreRbacPoliciesResource:
    """`AsyncClient.core.rbac.policies`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreRbacPoliciesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreRbacPoliciesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedRbacPolicyList:
        """List RBAC policies

        Retrieve a list of RBAC policies. Can be filtered by platform_key, role_id, name,
        username, email, or group. Use include_users and include_groups to control response
        payload.

        Args:
            email (str | Unset, query)
            group (str | Unset, query)
            include_groups (bool | Unset, query)
            include_users (bool | Unset, query)
            name (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            role_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            PaginatedRbacPolicyList
        """
        return await self._client._send(
            _core_rbac_policies_list.OPERATION,
            _core_rbac_policies_list.build_request(
                email=email,
                group=group,
                include_groups=include_groups,
                include_users=include_users,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                role_id=role_id,
                username=username,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        email: str | Unset = UNSET,
        group: str | Unset = UNSET,
        include_groups: bool | Unset = UNSET,
        include_users: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[RbacPolicy]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _core_rbac_policies_list.OPERATION,
            _core_rbac_policies_list.build_request(
                email=email,
                group=group,
                include_groups=include_groups,
                include_users=include_users,
                name=name,
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                role_id=role_id,
                username=username,
            ),
            _core_rbac_policies_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: RbacPolicyRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    @overload
    async def create(
        self,
        *,
        resources: list[str],
        role_id: int,
        platform_key: str,
        name: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    async def create(
        self,
        *,
        body: RbacPolicyRequest | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        role_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy:
        """Create RBAC policy

        Create a new RBAC policy that defines resource access for a role

        Args:
            body (RbacPolicyRequest, request body): Serializer for policies.
            Or the body's fields as keywords instead of body=: resources, role_id, platform_key,
                name, users_to_add, users_to_remove, groups_to_add, groups_to_remove

        Returns:
            RbacPolicy
        """
        body = body_from_fields(
            "core.rbac.policies.create",
            body,
            RbacPolicyRequest,
            ["resources", "role_id", "platform_key"],
            (
                ("resources", "resources", resources),
                ("role_id", "role_id", role_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_policies_create.OPERATION,
            _core_rbac_policies_create.build_request(body=body),
            options,
        )

    async def destroy(
        self,
        *,
        id: int,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete RBAC policy

        Delete an RBAC policy.

        Args:
            id (int, path)
            platform_key (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_rbac_policies_destroy.OPERATION,
            _core_rbac_policies_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    async def retrieve(
        self,
        *,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy:
        """Retrieve RBAC policy

        Retrieve details of a specific RBAC policy, including role, platform, resources, users,
        and groups.

        Args:
            id (int, path)

        Returns:
            RbacPolicy
        """
        return await self._client._send(
            _core_rbac_policies_retrieve.OPERATION,
            _core_rbac_policies_retrieve.build_request(id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacPolicy | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    @overload
    async def partial_update(
        self,
        *,
        id: int,
        name: str | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        role_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    async def partial_update(
        self,
        *,
        id: int,
        body: PatchedRbacPolicy | Unset = UNSET,
        name: str | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        role_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy:
        """Partially update RBAC policy

        Partially update an existing RBAC policy. Only provided fields will be updated.

        Args:
            id (int, path)
            body (PatchedRbacPolicy | Unset, request body): Serializer for policies.
            Or the body's fields as keywords instead of body=: name, resources, role_id,
                platform_key, users_to_add, users_to_remove, groups_to_add, groups_to_remove

        Returns:
            RbacPolicy
        """
        body = optional_body_from_fields(
            "core.rbac.policies.partial_update",
            body,
            PatchedRbacPolicy,
            [],
            (
                ("name", "name", name),
                ("resources", "resources", resources),
                ("role_id", "role_id", role_id),
                ("platform_key", "platform_key", platform_key),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_policies_partial_update.OPERATION,
            _core_rbac_policies_partial_update.build_request(id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        id: int,
        body: RbacPolicyRequest,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    @overload
    async def update(
        self,
        *,
        id: int,
        resources: list[str],
        role_id: int,
        platform_key: str,
        name: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy: ...

    async def update(
        self,
        *,
        id: int,
        body: RbacPolicyRequest | Unset = UNSET,
        resources: list[str] | Unset = UNSET,
        role_id: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        users_to_add: list[int] | Unset = UNSET,
        users_to_remove: list[int] | Unset = UNSET,
        groups_to_add: list[int] | Unset = UNSET,
        groups_to_remove: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RbacPolicy:
        """Update RBAC policy

        Update an existing RBAC policy.

        Args:
            id (int, path)
            body (RbacPolicyRequest, request body): Serializer for policies.
            Or the body's fields as keywords instead of body=: resources, role_id, platform_key,
                name, users_to_add, users_to_remove, groups_to_add, groups_to_remove

        Returns:
            RbacPolicy
        """
        body = body_from_fields(
            "core.rbac.policies.update",
            body,
            RbacPolicyRequest,
            ["resources", "role_id", "platform_key"],
            (
                ("resources", "resources", resources),
                ("role_id", "role_id", role_id),
                ("platform_key", "platform_key", platform_key),
                ("name", "name", name),
                ("users_to_add", "users_to_add", users_to_add),
                ("users_to_remove", "users_to_remove", users_to_remove),
                ("groups_to_add", "groups_to_add", groups_to_add),
                ("groups_to_remove", "groups_to_remove", groups_to_remove),
            ),
        )
        return await self._client._send(
            _core_rbac_policies_update.OPERATION,
            _core_rbac_policies_update.build_request(id=id, body=body),
            options,
        )


class AsyncCoreRbacPoliciesResourceWithRawResponse:
    """`AsyncClient.core.rbac.policies`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacPoliciesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
