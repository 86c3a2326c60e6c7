"""`Client.overview`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncOverviewOrgsResource,
        AsyncOverviewOrgsResourceWithRawResponse,
        OverviewOrgsResource,
        OverviewOrgsResourceWithRawResponse,
    )

__all__ = [
    "OverviewResource",
    "OverviewResourceWithRawResponse",
    "AsyncOverviewResource",
    "AsyncOverviewResourceWithRawResponse",
]


class OverviewResource:
    """`Client.overview`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OverviewResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> OverviewOrgsResource:
        from .orgs import OverviewOrgsResource

        return OverviewOrgsResource(self._client)


class OverviewResourceWithRawResponse:
    """`Client.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OverviewResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> OverviewOrgsResourceWithRawResponse:
        from .orgs import OverviewOrgsResourceWithRawResponse

        return OverviewOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncOverviewResource:
    """`AsyncClient.overview`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOverviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOverviewResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncOverviewOrgsResource:
        from .orgs import AsyncOverviewOrgsResource

        return AsyncOverviewOrgsResource(self._client)


class AsyncOverviewResourceWithRawResponse:
    """`AsyncClient.overview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOverviewResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncOverviewOrgsResourceWithRawResponse:
        from .orgs import AsyncOverviewOrgsResourceWithRawResponse

        return AsyncOverviewOrgsResourceWithRawResponse(self._resource.orgs)
