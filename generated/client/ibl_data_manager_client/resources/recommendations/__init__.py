"""`Client.recommendations`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncRecommendationsOrgsResource,
        AsyncRecommendationsOrgsResourceWithRawResponse,
        RecommendationsOrgsResource,
        RecommendationsOrgsResourceWithRawResponse,
    )

__all__ = [
    "RecommendationsResource",
    "RecommendationsResourceWithRawResponse",
    "AsyncRecommendationsResource",
    "AsyncRecommendationsResourceWithRawResponse",
]


class RecommendationsResource:
    """`Client.recommendations`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecommendationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return RecommendationsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> RecommendationsOrgsResource:
        from .orgs import RecommendationsOrgsResource

        return RecommendationsOrgsResource(self._client)


class RecommendationsResourceWithRawResponse:
    """`Client.recommendations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: RecommendationsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> RecommendationsOrgsResourceWithRawResponse:
        from .orgs import RecommendationsOrgsResourceWithRawResponse

        return RecommendationsOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncRecommendationsResource:
    """`AsyncClient.recommendations`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecommendationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncRecommendationsResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncRecommendationsOrgsResource:
        from .orgs import AsyncRecommendationsOrgsResource

        return AsyncRecommendationsOrgsResource(self._client)


class AsyncRecommendationsResourceWithRawResponse:
    """`AsyncClient.recommendations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncRecommendationsResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncRecommendationsOrgsResourceWithRawResponse:
        from .orgs import AsyncRecommendationsOrgsResourceWithRawResponse

        return AsyncRecommendationsOrgsResourceWithRawResponse(self._resource.orgs)
