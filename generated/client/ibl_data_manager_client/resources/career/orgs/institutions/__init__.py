"""`Client.career.orgs.institutions`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AsyncCareerOrgsInstitutionsUsersResource,
        AsyncCareerOrgsInstitutionsUsersResourceWithRawResponse,
        CareerOrgsInstitutionsUsersResource,
        CareerOrgsInstitutionsUsersResourceWithRawResponse,
    )

__all__ = [
    "CareerOrgsInstitutionsResource",
    "CareerOrgsInstitutionsResourceWithRawResponse",
    "AsyncCareerOrgsInstitutionsResource",
    "AsyncCareerOrgsInstitutionsResourceWithRawResponse",
]


class CareerOrgsInstitutionsResource:
    """`Client.career.orgs.institutions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsInstitutionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsInstitutionsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> CareerOrgsInstitutionsUsersResource:
        from .users import CareerOrgsInstitutionsUsersResource

        return CareerOrgsInstitutionsUsersResource(self._client)


class CareerOrgsInstitutionsResourceWithRawResponse:
    """`Client.career.orgs.institutions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsInstitutionsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> CareerOrgsInstitutionsUsersResourceWithRawResponse:
        from .users import CareerOrgsInstitutionsUsersResourceWithRawResponse

        return CareerOrgsInstitutionsUsersResourceWithRawResponse(self._resource.users)


class AsyncCareerOrgsInstitutionsResource:
    """`AsyncClient.career.orgs.institutions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsInstitutionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsInstitutionsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncCareerOrgsInstitutionsUsersResource:
        from .users import AsyncCareerOrgsInstitutionsUsersResource

        return AsyncCareerOrgsInstitutionsUsersResource(self._client)


class AsyncCareerOrgsInstitutionsResourceWithRawResponse:
    """`AsyncClient.career.orgs.institutions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsInstitutionsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncCareerOrgsInstitutionsUsersResourceWithRawResponse:
        from .users import AsyncCareerOrgsInstitutionsUsersResourceWithRawResponse

        return AsyncCareerOrgsInstitutionsUsersResourceWithRawResponse(self._resource.users)
