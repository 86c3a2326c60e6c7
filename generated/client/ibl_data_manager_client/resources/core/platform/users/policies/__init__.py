"""`Client.core.platform.users.policies`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_platform_users_policies_update as _core_platform_users_policies_update,
)
from ......models.user_policy_update import UserPolicyUpdate
from ......models.user_policy_update_response import UserPolicyUpdateResponse

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CorePlatformUsersPoliciesResource",
    "CorePlatformUsersPoliciesResourceWithRawResponse",
    "AsyncCorePlatformUsersPoliciesResource",
    "AsyncCorePlatformUsersPoliciesResourceWithRawResponse",
]


class CorePlatformUsersPoliciesResource:
    """`Client.core.platform.users.policies`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformUsersPoliciesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformUsersPoliciesResourceWithRawResponse(self)

    def update(
        self,
        *,
        body: list[UserPolicyUpdate],
        **options: Unpack[RequestOptions],
    ) -> UserPolicyUpdateResponse:
        """Bulk update user policies on a platform. Requires Ibl.Core/UserPolicies/write
        permission.  Policy removals are processed before policy additions.

        Args:
            body (list[UserPolicyUpdate], request body)

        Returns:
            UserPolicyUpdateResponse
        """
        return self._client._send(
            _core_platform_users_policies_update.OPERATION,
            _core_platform_users_policies_update.build_request(body=body),
            options,
        )


class CorePlatformUsersPoliciesResourceWithRawResponse:
    """`Client.core.platform.users.policies`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformUsersPoliciesResource) -> None:
        self._resource = resource
        self.update = to_raw_response(resource.update)


class AsyncCorePlatformUsersPoliciesResource:
    """`AsyncClient.core.platform.users.policies`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformUsersPoliciesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformUsersPoliciesResourceWithRawResponse(self)

    async def update(
        self,
        *,
        body: list[UserPolicyUpdate],
        **options: Unpack[RequestOptions],
    ) -> UserPolicyUpdateResponse:
        """Bulk update user policies on a platform. Requires Ibl.Core/UserPolicies/write
        permission.  Policy removals are processed before policy additions.

        Args:
            body (list[UserPolicyUpdate], request body)

        Returns:
            UserPolicyUpdateResponse
        """
        return await self._client._send(
            _core_platform_users_policies_update.OPERATION,
            _core_platform_users_policies_update.build_request(body=body),
            options,
        )


class AsyncCorePlatformUsersPoliciesResourceWithRawResponse:
    """`AsyncClient.core.platform.users.policies`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformUsersPoliciesResource) -> None:
        self._resource = resource
        self.update = async_to_raw_response(resource.update)
