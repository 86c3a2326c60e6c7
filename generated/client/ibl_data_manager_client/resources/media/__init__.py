"""`Client.media`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AsyncMediaOrgsResource,
        AsyncMediaOrgsResourceWithRawResponse,
        MediaOrgsResource,
        MediaOrgsResourceWithRawResponse,
    )

__all__ = [
    "MediaResource2",
    "MediaResource2WithRawResponse",
    "AsyncMediaResource2",
    "AsyncMediaResource2WithRawResponse",
]


class MediaResource2:
    """`Client.media`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return MediaResource2WithRawResponse(self)

    @cached_property
    def orgs(self) -> MediaOrgsResource:
        from .orgs import MediaOrgsResource

        return MediaOrgsResource(self._client)


class MediaResource2WithRawResponse:
    """`Client.media`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: MediaResource2) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> MediaOrgsResourceWithRawResponse:
        from .orgs import MediaOrgsResourceWithRawResponse

        return MediaOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncMediaResource2:
    """`AsyncClient.media`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMediaResource2WithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncMediaResource2WithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncMediaOrgsResource:
        from .orgs import AsyncMediaOrgsResource

        return AsyncMediaOrgsResource(self._client)


class AsyncMediaResource2WithRawResponse:
    """`AsyncClient.media`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncMediaResource2) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncMediaOrgsResourceWithRawResponse:
        from .orgs import AsyncMediaOrgsResourceWithRawResponse

        return AsyncMediaOrgsResourceWithRawResponse(self._resource.orgs)
