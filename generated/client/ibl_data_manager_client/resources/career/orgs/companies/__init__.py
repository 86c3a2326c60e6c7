"""`Client.career.orgs.companies`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AsyncCareerOrgsCompaniesUsersResource,
        AsyncCareerOrgsCompaniesUsersResourceWithRawResponse,
        CareerOrgsCompaniesUsersResource,
        CareerOrgsCompaniesUsersResourceWithRawResponse,
    )

__all__ = [
    "CareerOrgsCompaniesResource",
    "CareerOrgsCompaniesResourceWithRawResponse",
    "AsyncCareerOrgsCompaniesResource",
    "AsyncCareerOrgsCompaniesResourceWithRawResponse",
]


class CareerOrgsCompaniesResource:
    """`Client.career.orgs.companies`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsCompaniesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsCompaniesResourceWithRawResponse(self)

    @cached_property
    def users(self) -> CareerOrgsCompaniesUsersResource:
        from .users import CareerOrgsCompaniesUsersResource

        return CareerOrgsCompaniesUsersResource(self._client)


class CareerOrgsCompaniesResourceWithRawResponse:
    """`Client.career.orgs.companies`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsCompaniesResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> CareerOrgsCompaniesUsersResourceWithRawResponse:
        from .users import CareerOrgsCompaniesUsersResourceWithRawResponse

        return CareerOrgsCompaniesUsersResourceWithRawResponse(self._resource.users)


class AsyncCareerOrgsCompaniesResource:
    """`AsyncClient.career.orgs.companies`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsCompaniesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsCompaniesResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncCareerOrgsCompaniesUsersResource:
        from .users import AsyncCareerOrgsCompaniesUsersResource

        return AsyncCareerOrgsCompaniesUsersResource(self._client)


class AsyncCareerOrgsCompaniesResourceWithRawResponse:
    """`AsyncClient.career.orgs.companies`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsCompaniesResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncCareerOrgsCompaniesUsersResourceWithRawResponse:
        from .users import AsyncCareerOrgsCompaniesUsersResourceWithRawResponse

        return AsyncCareerOrgsCompaniesUsersResourceWithRawResponse(self._resource.users)
