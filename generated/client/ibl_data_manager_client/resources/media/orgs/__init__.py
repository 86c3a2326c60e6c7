"""`Client.media.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .users import (
        AsyncMediaOrgsUsersResource,
        AsyncMediaOrgsUsersResourceWithRawResponse,
        MediaOrgsUsersResource,
        MediaOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "MediaOrgsResource",
    "MediaOrgsResourceWithRawResponse",
    "AsyncMediaOrgsResource",
    "AsyncMediaOrgsResourceWithRawResponse",
]


class MediaOrgsResource:
    """`Client.media.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return MediaOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> MediaOrgsUsersResource:
        from .users import MediaOrgsUsersResource

        return MediaOrgsUsersResource(self._client)


class MediaOrgsResourceWithRawResponse:
    """`Client.media.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: MediaOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> MediaOrgsUsersResourceWithRawResponse:
        from .users import MediaOrgsUsersResourceWithRawResponse

        return MediaOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncMediaOrgsResource:
    """`AsyncClient.media.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMediaOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncMediaOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncMediaOrgsUsersResource:
        from .users import AsyncMediaOrgsUsersResource

        return AsyncMediaOrgsUsersResource(self._client)


class AsyncMediaOrgsResourceWithRawResponse:
    """`AsyncClient.media.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncMediaOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncMediaOrgsUsersResourceWithRawResponse:
        from .users import AsyncMediaOrgsUsersResourceWithRawResponse

        return AsyncMediaOrgsUsersResourceWithRawResponse(self._resource.users)
