"""`Client.core.users`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .delete import (
        AsyncCoreUsersDeleteResource,
        AsyncCoreUsersDeleteResourceWithRawResponse,
        CoreUsersDeleteResource,
        CoreUsersDeleteResourceWithRawResponse,
    )
    from .metadata import (
        AsyncCoreUsersMetadataResource,
        AsyncCoreUsersMetadataResourceWithRawResponse,
        CoreUsersMetadataResource,
        CoreUsersMetadataResourceWithRawResponse,
    )
    from .platforms import (
        AsyncCoreUsersPlatformsResource,
        AsyncCoreUsersPlatformsResourceWithRawResponse,
        CoreUsersPlatformsResource,
        CoreUsersPlatformsResourceWithRawResponse,
    )
    from .proxy import (
        AsyncCoreUsersProxyResource,
        AsyncCoreUsersProxyResourceWithRawResponse,
        CoreUsersProxyResource,
        CoreUsersProxyResourceWithRawResponse,
    )
    from .search import (
        AsyncCoreUsersSearchResource,
        AsyncCoreUsersSearchResourceWithRawResponse,
        CoreUsersSearchResource,
        CoreUsersSearchResourceWithRawResponse,
    )

__all__ = [
    "CoreUsersResource",
    "CoreUsersResourceWithRawResponse",
    "AsyncCoreUsersResource",
    "AsyncCoreUsersResourceWithRawResponse",
]


class CoreUsersResource:
    """`Client.core.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreUsersResourceWithRawResponse(self)

    @cached_property
    def delete(self) -> CoreUsersDeleteResource:
        from .delete import CoreUsersDeleteResource

        return CoreUsersDeleteResource(self._client)

    @cached_property
    def metadata(self) -> CoreUsersMetadataResource:
        from .metadata import CoreUsersMetadataResource

        return CoreUsersMetadataResource(self._client)

    @cached_property
    def platforms(self) -> CoreUsersPlatformsResource:
        from .platforms import CoreUsersPlatformsResource

        return CoreUsersPlatformsResource(self._client)

    @cached_property
    def proxy(self) -> CoreUsersProxyResource:
        from .proxy import CoreUsersProxyResource

        return CoreUsersProxyResource(self._client)

    @cached_property
    def search(self) -> CoreUsersSearchResource:
        from .search import CoreUsersSearchResource

        return CoreUsersSearchResource(self._client)


class CoreUsersResourceWithRawResponse:
    """`Client.core.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreUsersResource) -> None:
        self._resource = resource

    @cached_property
    def delete(self) -> CoreUsersDeleteResourceWithRawResponse:
        from .delete import CoreUsersDeleteResourceWithRawResponse

        return CoreUsersDeleteResourceWithRawResponse(self._resource.delete)

    @cached_property
    def metadata(self) -> CoreUsersMetadataResourceWithRawResponse:
        from .metadata import CoreUsersMetadataResourceWithRawResponse

        return CoreUsersMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def platforms(self) -> CoreUsersPlatformsResourceWithRawResponse:
        from .platforms import CoreUsersPlatformsResourceWithRawResponse

        return CoreUsersPlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def proxy(self) -> CoreUsersProxyResourceWithRawResponse:
        from .proxy import CoreUsersProxyResourceWithRawResponse

        return CoreUsersProxyResourceWithRawResponse(self._resource.proxy)

    @cached_property
    def search(self) -> CoreUsersSearchResourceWithRawResponse:
        from .search import CoreUsersSearchResourceWithRawResponse

        return CoreUsersSearchResourceWithRawResponse(self._resource.search)


class AsyncCoreUsersResource:
    """`AsyncClient.core.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreUsersResourceWithRawResponse(self)

    @cached_property
    def delete(self) -> AsyncCoreUsersDeleteResource:
        from .delete import AsyncCoreUsersDeleteResource

        return AsyncCoreUsersDeleteResource(self._client)

    @cached_property
    def metadata(self) -> AsyncCoreUsersMetadataResource:
        from .metadata import AsyncCoreUsersMetadataResource

        return AsyncCoreUsersMetadataResource(self._client)

    @cached_property
    def platforms(self) -> AsyncCoreUsersPlatformsResource:
        from .platforms import AsyncCoreUsersPlatformsResource

        return AsyncCoreUsersPlatformsResource(self._client)

    @cached_property
    def proxy(self) -> AsyncCoreUsersProxyResource:
        from .proxy import AsyncCoreUsersProxyResource

        return AsyncCoreUsersProxyResource(self._client)

    @cached_property
    def search(self) -> AsyncCoreUsersSearchResource:
        from .search import AsyncCoreUsersSearchResource

        return AsyncCoreUsersSearchResource(self._client)


class AsyncCoreUsersResourceWithRawResponse:
    """`AsyncClient.core.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreUsersResource) -> None:
        self._resource = resource

    @cached_property
    def delete(self) -> AsyncCoreUsersDeleteResourceWithRawResponse:
        from .delete import AsyncCoreUsersDeleteResourceWithRawResponse

        return AsyncCoreUsersDeleteResourceWithRawResponse(self._resource.delete)

    @cached_property
    def metadata(self) -> AsyncCoreUsersMetadataResourceWithRawResponse:
        from .metadata import AsyncCoreUsersMetadataResourceWithRawResponse

        return AsyncCoreUsersMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def platforms(self) -> AsyncCoreUsersPlatformsResourceWithRawResponse:
        from .platforms import AsyncCoreUsersPlatformsResourceWithRawResponse

        return AsyncCoreUsersPlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def proxy(self) -> AsyncCoreUsersProxyResourceWithRawResponse:
        from .proxy import AsyncCoreUsersProxyResourceWithRawResponse

        return AsyncCoreUsersProxyResourceWithRawResponse(self._resource.proxy)

    @cached_property
    def search(self) -> AsyncCoreUsersSearchResourceWithRawResponse:
        from .search import AsyncCoreUsersSearchResourceWithRawResponse

        return AsyncCoreUsersSearchResourceWithRawResponse(self._resource.search)
