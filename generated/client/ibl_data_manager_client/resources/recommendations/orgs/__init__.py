"""`Client.recommendations.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AsyncRecommendationsOrgsUsersResource,
        AsyncRecommendationsOrgsUsersResourceWithRawResponse,
        RecommendationsOrgsUsersResource,
        RecommendationsOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "RecommendationsOrgsResource",
    "RecommendationsOrgsResourceWithRawResponse",
    "AsyncRecommendationsOrgsResource",
    "AsyncRecommendationsOrgsResourceWithRawResponse",
]


class RecommendationsOrgsResource:
    """`Client.recommendations.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecommendationsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RecommendationsOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> RecommendationsOrgsUsersResource:
        from .users import RecommendationsOrgsUsersResource

        return RecommendationsOrgsUsersResource(self._client)


class RecommendationsOrgsResourceWithRawResponse:
    """`Client.recommendations.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RecommendationsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> RecommendationsOrgsUsersResourceWithRawResponse:
        from .users import RecommendationsOrgsUsersResourceWithRawResponse

        return RecommendationsOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncRecommendationsOrgsResource:
    """`AsyncClient.recommendations.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecommendationsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRecommendationsOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncRecommendationsOrgsUsersResource:
        from .users import AsyncRecommendationsOrgsUsersResource

        return AsyncRecommendationsOrgsUsersResource(self._client)


class AsyncRecommendationsOrgsResourceWithRawResponse:
    """`AsyncClient.recommendations.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRecommendationsOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncRecommendationsOrgsUsersResourceWithRawResponse:
        from .users import AsyncRecommendationsOrgsUsersResourceWithRawResponse

        return AsyncRecommendationsOrgsUsersResourceWithRawResponse(self._resource.users)
