"""`Client.engagement`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncEngagementOrgsResource,
        AsyncEngagementOrgsResourceWithRawResponse,
        EngagementOrgsResource,
        EngagementOrgsResourceWithRawResponse,
    )

__all__ = [
    "EngagementResource",
    "EngagementResourceWithRawResponse",
    "AsyncEngagementResource",
    "AsyncEngagementResourceWithRawResponse",
]


class EngagementResource:
    """`Client.engagement`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EngagementResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return EngagementResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> EngagementOrgsResource:
        from .orgs import EngagementOrgsResource

        return EngagementOrgsResource(self._client)


class EngagementResourceWithRawResponse:
    """`Client.engagement`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: EngagementResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> EngagementOrgsResourceWithRawResponse:
        from .orgs import EngagementOrgsResourceWithRawResponse

        return EngagementOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncEngagementResource:
    """`AsyncClient.engagement`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEngagementResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncEngagementResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncEngagementOrgsResource:
        from .orgs import AsyncEngagementOrgsResource

        return AsyncEngagementOrgsResource(self._client)


class AsyncEngagementResourceWithRawResponse:
    """`AsyncClient.engagement`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncEngagementResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncEngagementOrgsResourceWithRawResponse:
        from .orgs import AsyncEngagementOrgsResourceWithRawResponse

        return AsyncEngagementOrgsResourceWithRawResponse(self._resource.orgs)
