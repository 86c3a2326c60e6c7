"""`Client.career.resume.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AsyncCareerResumeOrgsUsersResource,
        AsyncCareerResumeOrgsUsersResourceWithRawResponse,
        CareerResumeOrgsUsersResource,
        CareerResumeOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "CareerResumeOrgsResource",
    "CareerResumeOrgsResourceWithRawResponse",
    "AsyncCareerResumeOrgsResource",
    "AsyncCareerResumeOrgsResourceWithRawResponse",
]


class CareerResumeOrgsResource:
    """`Client.career.resume.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerResumeOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerResumeOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> CareerResumeOrgsUsersResource:
        from .users import CareerResumeOrgsUsersResource

        return CareerResumeOrgsUsersResource(self._client)


class CareerResumeOrgsResourceWithRawResponse:
    """`Client.career.resume.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerResumeOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> CareerResumeOrgsUsersResourceWithRawResponse:
        from .users import CareerResumeOrgsUsersResourceWithRawResponse

        return CareerResumeOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncCareerResumeOrgsResource:
    """`AsyncClient.career.resume.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerResumeOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerResumeOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncCareerResumeOrgsUsersResource:
        from .users import AsyncCareerResumeOrgsUsersResource

        return AsyncCareerResumeOrgsUsersResource(self._client)


class AsyncCareerResumeOrgsResourceWithRawResponse:
    """`AsyncClient.career.resume.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerResumeOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncCareerResumeOrgsUsersResourceWithRawResponse:
        from .users import AsyncCareerResumeOrgsUsersResourceWithRawResponse

        return AsyncCareerResumeOrgsUsersResourceWithRawResponse(self._resource.users)
