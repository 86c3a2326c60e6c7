"""`Client.career.orgs.experience`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AsyncCareerOrgsExperienceUsersResource,
        AsyncCareerOrgsExperienceUsersResourceWithRawResponse,
        CareerOrgsExperienceUsersResource,
        CareerOrgsExperienceUsersResourceWithRawResponse,
    )

__all__ = [
    "CareerOrgsExperienceResource",
    "CareerOrgsExperienceResourceWithRawResponse",
    "AsyncCareerOrgsExperienceResource",
    "AsyncCareerOrgsExperienceResourceWithRawResponse",
]


class CareerOrgsExperienceResource:
    """`Client.career.orgs.experience`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsExperienceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsExperienceResourceWithRawResponse(self)

    @cached_property
    def users(self) -> CareerOrgsExperienceUsersResource:
        from .users import CareerOrgsExperienceUsersResource

        return CareerOrgsExperienceUsersResource(self._client)


class CareerOrgsExperienceResourceWithRawResponse:
    """`Client.career.orgs.experience`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsExperienceResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> CareerOrgsExperienceUsersResourceWithRawResponse:
        from .users import CareerOrgsExperienceUsersResourceWithRawResponse

        return CareerOrgsExperienceUsersResourceWithRawResponse(self._resource.users)


class AsyncCareerOrgsExperienceResource:
    """`AsyncClient.career.orgs.experience`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsExperienceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsExperienceResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncCareerOrgsExperienceUsersResource:
        from .users import AsyncCareerOrgsExperienceUsersResource

        return AsyncCareerOrgsExperienceUsersResource(self._client)


class AsyncCareerOrgsExperienceResourceWithRawResponse:
    """`AsyncClient.career.orgs.experience`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsExperienceResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncCareerOrgsExperienceUsersResourceWithRawResponse:
        from .users import AsyncCareerOrgsExperienceUsersResourceWithRawResponse

        return AsyncCareerOrgsExperienceUsersResourceWithRawResponse(self._resource.users)
