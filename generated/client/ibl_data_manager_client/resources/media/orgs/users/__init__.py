"""`Client.media.orgs.users`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .media import (
        AsyncMediaOrgsUsersMediaResource,
        AsyncMediaOrgsUsersMediaResourceWithRawResponse,
        MediaOrgsUsersMediaResource,
        MediaOrgsUsersMediaResourceWithRawResponse,
    )

__all__ = [
    "MediaOrgsUsersResource",
    "MediaOrgsUsersResourceWithRawResponse",
    "AsyncMediaOrgsUsersResource",
    "AsyncMediaOrgsUsersResourceWithRawResponse",
]


class MediaOrgsUsersResource:
    """`Client.media.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return MediaOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def media(self) -> MediaOrgsUsersMediaResource:
        from .media import MediaOrgsUsersMediaResource

        return MediaOrgsUsersMediaResource(self._client)


class MediaOrgsUsersResourceWithRawResponse:
    """`Client.media.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: MediaOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def media(self) -> MediaOrgsUsersMediaResourceWithRawResponse:
        from .media import MediaOrgsUsersMediaResourceWithRawResponse

        return MediaOrgsUsersMediaResourceWithRawResponse(self._resource.media)


class AsyncMediaOrgsUsersResource:
    """`AsyncClient.media.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMediaOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncMediaOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def media(self) -> AsyncMediaOrgsUsersMediaResource:
        from .media import AsyncMediaOrgsUsersMediaResource

        return AsyncMediaOrgsUsersMediaResource(self._client)


class AsyncMediaOrgsUsersResourceWithRawResponse:
    """`AsyncClient.media.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncMediaOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def media(self) -> AsyncMediaOrgsUsersMediaResourceWithRawResponse:
        from .media import AsyncMediaOrgsUsersMediaResourceWithRawResponse

        return AsyncMediaOrgsUsersMediaResourceWithRawResponse(self._resource.media)
