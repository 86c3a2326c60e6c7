"""`Client.core.rbac.mentor_access`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_rbac_mentor_access_list as _core_rbac_mentor_access_list
from .....models.mentor_access_policy import MentorAccessPolicy

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
    ) -> list[MentorAccessPolicy]:
        """Retrieve current access information for a specific mentor, including all groups and
        users that have access with their respective roles.

        Args:
            mentor_id (int, query)
            platform_key (str, query)

        Returns:
            list[MentorAccessPolicy]
        """
        return self._client._send(
            _core_rbac_mentor_access_list.OPERATION,
            _core_rbac_mentor_access_list.build_request(
                mentor_id=mentor_id, platform_key=platform_key
            ),
            options,
        )


class CoreRbacMentorAccessResourceWithRawResponse:
    """`Client.core.rbac.mentor_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreRbacMentorAccessResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


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
    ) -> list[MentorAccessPolicy]:
        """Retrieve current access information for a specific mentor, including all groups and
        users that have access with their respective roles.

        Args:
            mentor_id (int, query)
            platform_key (str, query)

        Returns:
            list[MentorAccessPolicy]
        """
        return await self._client._send(
            _core_rbac_mentor_access_list.OPERATION,
            _core_rbac_mentor_access_list.build_request(
                mentor_id=mentor_id, platform_key=platform_key
            ),
            options,
        )


class AsyncCoreRbacMentorAccessResourceWithRawResponse:
    """`AsyncClient.core.rbac.mentor_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreRbacMentorAccessResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
