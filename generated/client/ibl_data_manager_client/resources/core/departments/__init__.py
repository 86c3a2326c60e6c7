"""`Client.core.departments`: 3 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.core import core_departments_create as _core_departments_create
from ....api.core import core_departments_destroy as _core_departments_destroy
from ....api.core import core_departments_retrieve as _core_departments_retrieve

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .members import (
        AsyncCoreDepartmentsMembersResource,
        AsyncCoreDepartmentsMembersResourceWithRawResponse,
        CoreDepartmentsMembersResource,
        CoreDepartmentsMembersResourceWithRawResponse,
    )

__all__ = [
    "CoreDepartmentsResource",
    "CoreDepartmentsResourceWithRawResponse",
    "AsyncCoreDepartmentsResource",
    "AsyncCoreDepartmentsResourceWithRawResponse",
]


class CoreDepartmentsResource:
    """`Client.core.departments`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreDepartmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreDepartmentsResourceWithRawResponse(self)

    @cached_property
    def members(self) -> CoreDepartmentsMembersResource:
        from .members import CoreDepartmentsMembersResource

        return CoreDepartmentsMembersResource(self._client)

    def destroy(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete department

        Returns:
            None
        """
        return self._client._send(
            _core_departments_destroy.OPERATION, _core_departments_destroy.build_request(), options
        )

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Show (active) departments associated with a platform

        Returns:
            None
        """
        return self._client._send(
            _core_departments_retrieve.OPERATION,
            _core_departments_retrieve.build_request(),
            options,
        )

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create/update a department

        Returns:
            None
        """
        return self._client._send(
            _core_departments_create.OPERATION, _core_departments_create.build_request(), options
        )


class CoreDepartmentsResourceWithRawResponse:
    """`Client.core.departments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreDepartmentsResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def members(self) -> CoreDepartmentsMembersResourceWithRawResponse:
        from .members import CoreDepartmentsMembersResourceWithRawResponse

        return CoreDepartmentsMembersResourceWithRawResponse(self._resource.members)


class AsyncCoreDepartmentsResource:
    """`AsyncClient.core.departments`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreDepartmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreDepartmentsResourceWithRawResponse(self)

    @cached_property
    def members(self) -> AsyncCoreDepartmentsMembersResource:
        from .members import AsyncCoreDepartmentsMembersResource

        return AsyncCoreDepartmentsMembersResource(self._client)

    async def destroy(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete department

        Returns:
            None
        """
        return await self._client._send(
            _core_departments_destroy.OPERATION, _core_departments_destroy.build_request(), options
        )

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Show (active) departments associated with a platform

        Returns:
            None
        """
        return await self._client._send(
            _core_departments_retrieve.OPERATION,
            _core_departments_retrieve.build_request(),
            options,
        )

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create/update a department

        Returns:
            None
        """
        return await self._client._send(
            _core_departments_create.OPERATION, _core_departments_create.build_request(), options
        )


class AsyncCoreDepartmentsResourceWithRawResponse:
    """`AsyncClient.core.departments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreDepartmentsResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def members(self) -> AsyncCoreDepartmentsMembersResourceWithRawResponse:
        from .members import AsyncCoreDepartmentsMembersResourceWithRawResponse

        return AsyncCoreDepartmentsMembersResourceWithRawResponse(self._resource.members)
