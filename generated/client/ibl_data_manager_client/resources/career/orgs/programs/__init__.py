"""`Client.career.orgs.programs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AsyncCareerOrgsProgramsUsersResource,
        AsyncCareerOrgsProgramsUsersResourceWithRawResponse,
        CareerOrgsProgramsUsersResource,
        CareerOrgsProgramsUsersResourceWithRawResponse,
    )

__all__ = [
    "CareerOrgsProgramsResource",
    "CareerOrgsProgramsResourceWithRawResponse",
    "AsyncCareerOrgsProgramsResource",
    "AsyncCareerOrgsProgramsResourceWithRawResponse",
]


class CareerOrgsProgramsResource:
    """`Client.career.orgs.programs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsProgramsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsProgramsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> CareerOrgsProgramsUsersResource:
        from .users import CareerOrgsProgramsUsersResource

        return CareerOrgsProgramsUsersResource(self._client)


class CareerOrgsProgramsResourceWithRawResponse:
    """`Client.career.orgs.programs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsProgramsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> CareerOrgsProgramsUsersResourceWithRawResponse:
        from .users import CareerOrgsProgramsUsersResourceWithRawResponse

        return CareerOrgsProgramsUsersResourceWithRawResponse(self._resource.users)


class AsyncCareerOrgsProgramsResource:
    """`AsyncClient.career.orgs.programs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsProgramsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsProgramsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncCareerOrgsProgramsUsersResource:
        from .users import AsyncCareerOrgsProgramsUsersResource

        return AsyncCareerOrgsProgramsUsersResource(self._client)


class AsyncCareerOrgsProgramsResourceWithRawResponse:
    """`AsyncClient.career.orgs.programs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsProgramsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncCareerOrgsProgramsUsersResourceWithRawResponse:
        from .users import AsyncCareerOrgsProgramsUsersResourceWithRawResponse

        return AsyncCareerOrgsProgramsUsersResourceWithRawResponse(self._resource.users)
