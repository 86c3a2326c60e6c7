"""`Client.career.location.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AsyncCareerLocationOrgsUsersResource,
        AsyncCareerLocationOrgsUsersResourceWithRawResponse,
        CareerLocationOrgsUsersResource,
        CareerLocationOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "CareerLocationOrgsResource",
    "CareerLocationOrgsResourceWithRawResponse",
    "AsyncCareerLocationOrgsResource",
    "AsyncCareerLocationOrgsResourceWithRawResponse",
]


class CareerLocationOrgsResource:
    """`Client.career.location.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerLocationOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerLocationOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> CareerLocationOrgsUsersResource:
        from .users import CareerLocationOrgsUsersResource

        return CareerLocationOrgsUsersResource(self._client)


class CareerLocationOrgsResourceWithRawResponse:
    """`Client.career.location.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerLocationOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> CareerLocationOrgsUsersResourceWithRawResponse:
        from .users import CareerLocationOrgsUsersResourceWithRawResponse

        return CareerLocationOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncCareerLocationOrgsResource:
    """`AsyncClient.career.location.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerLocationOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerLocationOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncCareerLocationOrgsUsersResource:
        from .users import AsyncCareerLocationOrgsUsersResource

        return AsyncCareerLocationOrgsUsersResource(self._client)


class AsyncCareerLocationOrgsResourceWithRawResponse:
    """`AsyncClient.career.location.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerLocationOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncCareerLocationOrgsUsersResourceWithRawResponse:
        from .users import AsyncCareerLocationOrgsUsersResourceWithRawResponse

        return AsyncCareerLocationOrgsUsersResourceWithRawResponse(self._resource.users)
