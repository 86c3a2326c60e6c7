"""`Client.departments`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncDepartmentsOrgsResource,
        AsyncDepartmentsOrgsResourceWithRawResponse,
        DepartmentsOrgsResource,
        DepartmentsOrgsResourceWithRawResponse,
    )

__all__ = [
    "DepartmentsResource",
    "DepartmentsResourceWithRawResponse",
    "AsyncDepartmentsResource",
    "AsyncDepartmentsResourceWithRawResponse",
]


class DepartmentsResource:
    """`Client.departments`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DepartmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return DepartmentsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> DepartmentsOrgsResource:
        from .orgs import DepartmentsOrgsResource

        return DepartmentsOrgsResource(self._client)


class DepartmentsResourceWithRawResponse:
    """`Client.departments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: DepartmentsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> DepartmentsOrgsResourceWithRawResponse:
        from .orgs import DepartmentsOrgsResourceWithRawResponse

        return DepartmentsOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncDepartmentsResource:
    """`AsyncClient.departments`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDepartmentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncDepartmentsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncDepartmentsOrgsResource:
        from .orgs import AsyncDepartmentsOrgsResource

        return AsyncDepartmentsOrgsResource(self._client)


class AsyncDepartmentsResourceWithRawResponse:
    """`AsyncClient.departments`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncDepartmentsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncDepartmentsOrgsResourceWithRawResponse:
        from .orgs import AsyncDepartmentsOrgsResourceWithRawResponse

        return AsyncDepartmentsOrgsResourceWithRawResponse(self._resource.orgs)
