"""`Client.core.departments.members.check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_departments_members_check_retrieve as _core_departments_members_check_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreDepartmentsMembersCheckResource",
    "CoreDepartmentsMembersCheckResourceWithRawResponse",
    "AsyncCoreDepartmentsMembersCheckResource",
    "AsyncCoreDepartmentsMembersCheckResourceWithRawResponse",
]


class CoreDepartmentsMembersCheckResource:
    """`Client.core.departments.members.check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreDepartmentsMembersCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreDepartmentsMembersCheckResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get department member admin info of requesting user

        Returns:
            None
        """
        return self._client._send(
            _core_departments_members_check_retrieve.OPERATION,
            _core_departments_members_check_retrieve.build_request(),
            options,
        )


class CoreDepartmentsMembersCheckResourceWithRawResponse:
    """`Client.core.departments.members.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreDepartmentsMembersCheckResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCoreDepartmentsMembersCheckResource:
    """`AsyncClient.core.departments.members.check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreDepartmentsMembersCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreDepartmentsMembersCheckResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get department member admin info of requesting user

        Returns:
            None
        """
        return await self._client._send(
            _core_departments_members_check_retrieve.OPERATION,
            _core_departments_members_check_retrieve.build_request(),
            options,
        )


class AsyncCoreDepartmentsMembersCheckResourceWithRawResponse:
    """`AsyncClient.core.departments.members.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreDepartmentsMembersCheckResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
