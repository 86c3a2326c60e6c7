"""`Client.career.orgs.education`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AsyncCareerOrgsEducationUsersResource,
        AsyncCareerOrgsEducationUsersResourceWithRawResponse,
        CareerOrgsEducationUsersResource,
        CareerOrgsEducationUsersResourceWithRawResponse,
    )

__all__ = [
    "CareerOrgsEducationResource",
    "CareerOrgsEducationResourceWithRawResponse",
    "AsyncCareerOrgsEducationResource",
    "AsyncCareerOrgsEducationResourceWithRawResponse",
]


class CareerOrgsEducationResource:
    """`Client.career.orgs.education`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsEducationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsEducationResourceWithRawResponse(self)

    @cached_property
    def users(self) -> CareerOrgsEducationUsersResource:
        from .users import CareerOrgsEducationUsersResource

        return CareerOrgsEducationUsersResource(self._client)


class CareerOrgsEducationResourceWithRawResponse:
    """`Client.career.orgs.education`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsEducationResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> CareerOrgsEducationUsersResourceWithRawResponse:
        from .users import CareerOrgsEducationUsersResourceWithRawResponse

        return CareerOrgsEducationUsersResourceWithRawResponse(self._resource.users)


class AsyncCareerOrgsEducationResource:
    """`AsyncClient.career.orgs.education`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsEducationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsEducationResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncCareerOrgsEducationUsersResource:
        from .users import AsyncCareerOrgsEducationUsersResource

        return AsyncCareerOrgsEducationUsersResource(self._client)


class AsyncCareerOrgsEducationResourceWithRawResponse:
    """`AsyncClient.career.orgs.education`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsEducationResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncCareerOrgsEducationUsersResourceWithRawResponse:
        from .users import AsyncCareerOrgsEducationUsersResourceWithRawResponse

        return AsyncCareerOrgsEducationUsersResourceWithRawResponse(self._resource.users)
