"""`Client.perlearner.orgs`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .learners import (
        AsyncPerlearnerOrgsLearnersResource,
        AsyncPerlearnerOrgsLearnersResourceWithRawResponse,
        PerlearnerOrgsLearnersResource,
        PerlearnerOrgsLearnersResourceWithRawResponse,
    )
    from .users import (
        AsyncPerlearnerOrgsUsersResource,
        AsyncPerlearnerOrgsUsersResourceWithRawResponse,
        PerlearnerOrgsUsersResource,
        PerlearnerOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsResource",
    "PerlearnerOrgsResourceWithRawResponse",
    "AsyncPerlearnerOrgsResource",
    "AsyncPerlearnerOrgsResourceWithRawResponse",
]


class PerlearnerOrgsResource:
    """`Client.perlearner.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsResourceWithRawResponse(self)

    @cached_property
    def learners(self) -> PerlearnerOrgsLearnersResource:
        from .learners import PerlearnerOrgsLearnersResource

        return PerlearnerOrgsLearnersResource(self._client)

    @cached_property
    def users(self) -> PerlearnerOrgsUsersResource:
        from .users import PerlearnerOrgsUsersResource

        return PerlearnerOrgsUsersResource(self._client)


class PerlearnerOrgsResourceWithRawResponse:
    """`Client.perlearner.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def learners(self) -> PerlearnerOrgsLearnersResourceWithRawResponse:
        from .learners import PerlearnerOrgsLearnersResourceWithRawResponse

        return PerlearnerOrgsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def users(self) -> PerlearnerOrgsUsersResourceWithRawResponse:
        from .users import PerlearnerOrgsUsersResourceWithRawResponse

        return PerlearnerOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncPerlearnerOrgsResource:
    """`AsyncClient.perlearner.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsResourceWithRawResponse(self)

    @cached_property
    def learners(self) -> AsyncPerlearnerOrgsLearnersResource:
        from .learners import AsyncPerlearnerOrgsLearnersResource

        return AsyncPerlearnerOrgsLearnersResource(self._client)

    @cached_property
    def users(self) -> AsyncPerlearnerOrgsUsersResource:
        from .users import AsyncPerlearnerOrgsUsersResource

        return AsyncPerlearnerOrgsUsersResource(self._client)


class AsyncPerlearnerOrgsResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def learners(self) -> AsyncPerlearnerOrgsLearnersResourceWithRawResponse:
        from .learners import AsyncPerlearnerOrgsLearnersResourceWithRawResponse

        return AsyncPerlearnerOrgsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def users(self) -> AsyncPerlearnerOrgsUsersResourceWithRawResponse:
        from .users import AsyncPerlearnerOrgsUsersResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersResourceWithRawResponse(self._resource.users)
