"""`Client.core.departments.members.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_departments_members_bulk_create as _core_departments_members_bulk_create,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CoreDepartmentsMembersBulkResource",
    "CoreDepartmentsMembersBulkResourceWithRawResponse",
    "AsyncCoreDepartmentsMembersBulkResource",
    "AsyncCoreDepartmentsMembersBulkResourceWithRawResponse",
]


class CoreDepartmentsMembersBulkResource:
    """`Client.core.departments.members.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreDepartmentsMembersBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreDepartmentsMembersBulkResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add users to department, or update status

        Returns:
            None
        """
        return self._client._send(
            _core_departments_members_bulk_create.OPERATION,
            _core_departments_members_bulk_create.build_request(),
            options,
        )


class CoreDepartmentsMembersBulkResourceWithRawResponse:
    """`Client.core.departments.members.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreDepartmentsMembersBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreDepartmentsMembersBulkResource:
    """`AsyncClient.core.departments.members.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreDepartmentsMembersBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreDepartmentsMembersBulkResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add users to department, or update status

        Returns:
            None
        """
        return await self._client._send(
            _core_departments_members_bulk_create.OPERATION,
            _core_departments_members_bulk_create.build_request(),
            options,
        )


class AsyncCoreDepartmentsMembersBulkResourceWithRawResponse:
    """`AsyncClient.core.departments.members.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreDepartmentsMembersBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
