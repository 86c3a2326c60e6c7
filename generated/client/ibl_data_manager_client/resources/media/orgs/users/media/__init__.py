"""`Client.media.orgs.users.media`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .media_resources import (
        AsyncMediaOrgsUsersMediaMediaResourcesResource,
        AsyncMediaOrgsUsersMediaMediaResourcesResourceWithRawResponse,
        MediaOrgsUsersMediaMediaResourcesResource,
        MediaOrgsUsersMediaMediaResourcesResourceWithRawResponse,
    )

__all__ = [
    "MediaOrgsUsersMediaResource",
    "MediaOrgsUsersMediaResourceWithRawResponse",
    "AsyncMediaOrgsUsersMediaResource",
    "AsyncMediaOrgsUsersMediaResourceWithRawResponse",
]


class MediaOrgsUsersMediaResource:
    """`Client.media.orgs.users.media`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaOrgsUsersMediaResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return MediaOrgsUsersMediaResourceWithRawResponse(self)

    @cached_property
    def media_resources(self) -> MediaOrgsUsersMediaMediaResourcesResource:
        from .media_resources import MediaOrgsUsersMediaMediaResourcesResource

        return MediaOrgsUsersMediaMediaResourcesResource(self._client)


class MediaOrgsUsersMediaResourceWithRawResponse:
    """`Client.media.orgs.users.media`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: MediaOrgsUsersMediaResource) -> None:
        self._resource = resource

    @cached_property
    def media_resources(self) -> MediaOrgsUsersMediaMediaResourcesResourceWithRawResponse:
        from .media_resources import MediaOrgsUsersMediaMediaResourcesResourceWithRawResponse

        return MediaOrgsUsersMediaMediaResourcesResourceWithRawResponse(
            self._resource.media_resources
        )


class AsyncMediaOrgsUsersMediaResource:
    """`AsyncClient.media.orgs.users.media`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMediaOrgsUsersMediaResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncMediaOrgsUsersMediaResourceWithRawResponse(self)

    @cached_property
    def media_resources(self) -> AsyncMediaOrgsUsersMediaMediaResourcesResource:
        from .media_resources import AsyncMediaOrgsUsersMediaMediaResourcesResource

        return AsyncMediaOrgsUsersMediaMediaResourcesResource(self._client)


class AsyncMediaOrgsUsersMediaResourceWithRawResponse:
    """`AsyncClient.media.orgs.users.media`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncMediaOrgsUsersMediaResource) -> None:
        self._resource = resource

    @cached_property
    def media_resources(self) -> AsyncMediaOrgsUsersMediaMediaResourcesResourceWithRawResponse:
        from .media_resources import AsyncMediaOrgsUsersMediaMediaResourcesResourceWithRawResponse

        return AsyncMediaOrgsUsersMediaMediaResourcesResourceWithRawResponse(
            self._resource.media_resources
        )
