"""`Client.core.departments.members`: 3 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_departments_members_create as _core_departments_members_create
from .....api.core import core_departments_members_destroy as _core_departments_members_destroy
from .....api.core import core_departments_members_retrieve as _core_departments_members_retrieve

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .bulk import (
        AsyncCoreDepartmentsMembersBulkResource,
        AsyncCoreDepartmentsMembersBulkResourceWithRawResponse,
        CoreDepartmentsMembersBulkResource,
        CoreDepartmentsMembersBulkResourceWithRawResponse,
    )
    from .check import (
        AsyncCoreDepartmentsMembersCheckResource,
        AsyncCoreDepartmentsMembersCheckResourceWithRawResponse,
        CoreDepartmentsMembersCheckResource,
        CoreDepartmentsMembersCheckResourceWithRawResponse,
    )

__all__ = [
    "CoreDepartmentsMembersResource",
    "CoreDepartmentsMembersResourceWithRawResponse",
    "AsyncCoreDepartmentsMembersResource",
    "AsyncCoreDepartmentsMembersResourceWithRawResponse",
]


class CoreDepartmentsMembersResource:
    """`Client.core.departments.members`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreDepartmentsMembersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreDepartmentsMembersResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CoreDepartmentsMembersBulkResource:
        from .bulk import CoreDepartmentsMembersBulkResource

        return CoreDepartmentsMembersBulkResource(self._client)

    @cached_property
    def check(self) -> CoreDepartmentsMembersCheckResource:
        from .check import CoreDepartmentsMembersCheckResource

        return CoreDepartmentsMembersCheckResource(self._client)

    def destroy(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete department member

        Returns:
            None
        """
        return self._client._send(
            _core_departments_members_destroy.OPERATION,
            _core_departments_members_destroy.build_request(),
            options,
        )

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Show active users in department (paginated)

        Returns:
            None
        """
        return self._client._send(
            _core_departments_members_retrieve.OPERATION,
            _core_departments_members_retrieve.build_request(),
            options,
        )

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add single user to department, or update status

        Returns:
            None
        """
        return self._client._send(
            _core_departments_members_create.OPERATION,
            _core_departments_members_create.build_request(),
            options,
        )


class CoreDepartmentsMembersResourceWithRawResponse:
    """`Client.core.departments.members`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreDepartmentsMembersResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> CoreDepartmentsMembersBulkResourceWithRawResponse:
        from .bulk import CoreDepartmentsMembersBulkResourceWithRawResponse

        return CoreDepartmentsMembersBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def check(self) -> CoreDepartmentsMembersCheckResourceWithRawResponse:
        from .check import CoreDepartmentsMembersCheckResourceWithRawResponse

        return CoreDepartmentsMembersCheckResourceWithRawResponse(self._resource.check)


class AsyncCoreDepartmentsMembersResource:
    """`AsyncClient.core.departments.members`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreDepartmentsMembersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreDepartmentsMembersResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCoreDepartmentsMembersBulkResource:
        from .bulk import AsyncCoreDepartmentsMembersBulkResource

        return AsyncCoreDepartmentsMembersBulkResource(self._client)

    @cached_property
    def check(self) -> AsyncCoreDepartmentsMembersCheckResource:
        from .check import AsyncCoreDepartmentsMembersCheckResource

        return AsyncCoreDepartmentsMembersCheckResource(self._client)

    async def destroy(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete department member

        Returns:
            None
        """
        return await self._client._send(
            _core_departments_members_destroy.OPERATION,
            _core_departments_members_destroy.build_request(),
            options,
        )

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Show active users in department (paginated)

        Returns:
            None
        """
        return await self._client._send(
            _core_departments_members_retrieve.OPERATION,
            _core_departments_members_retrieve.build_request(),
            options,
        )

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Add single user to department, or update status

        Returns:
            None
        """
        return await self._client._send(
            _core_departments_members_create.OPERATION,
            _core_departments_members_create.build_request(),
            options,
        )


class AsyncCoreDepartmentsMembersResourceWithRawResponse:
    """`AsyncClient.core.departments.members`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreDepartmentsMembersResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> AsyncCoreDepartmentsMembersBulkResourceWithRawResponse:
        from .bulk import AsyncCoreDepartmentsMembersBulkResourceWithRawResponse

        return AsyncCoreDepartmentsMembersBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def check(self) -> AsyncCoreDepartmentsMembersCheckResourceWithRawResponse:
        from .check import AsyncCoreDepartmentsMembersCheckResourceWithRawResponse

        return AsyncCoreDepartmentsMembersCheckResourceWithRawResponse(self._resource.check)
