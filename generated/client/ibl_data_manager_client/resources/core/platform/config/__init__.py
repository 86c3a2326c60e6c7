"""`Client.core.platform.config`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .site import (
        AsyncCorePlatformConfigSiteResource,
        AsyncCorePlatformConfigSiteResourceWithRawResponse,
        CorePlatformConfigSiteResource,
        CorePlatformConfigSiteResourceWithRawResponse,
    )

__all__ = [
    "CorePlatformConfigResource",
    "CorePlatformConfigResourceWithRawResponse",
    "AsyncCorePlatformConfigResource",
    "AsyncCorePlatformConfigResourceWithRawResponse",
]


class CorePlatformConfigResource:
    """`Client.core.platform.config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformConfigResourceWithRawResponse(self)

    @cached_property
    def site(self) -> CorePlatformConfigSiteResource:
        from .site import CorePlatformConfigSiteResource

        return CorePlatformConfigSiteResource(self._client)


class CorePlatformConfigResourceWithRawResponse:
    """`Client.core.platform.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformConfigResource) -> None:
        self._resource = resource

    @cached_property
    def site(self) -> CorePlatformConfigSiteResourceWithRawResponse:
        from .site import CorePlatformConfigSiteResourceWithRawResponse

        return CorePlatformConfigSiteResourceWithRawResponse(self._resource.site)


class AsyncCorePlatformConfigResource:
    """`AsyncClient.core.platform.config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformConfigResourceWithRawResponse(self)

    @cached_property
    def site(self) -> AsyncCorePlatformConfigSiteResource:
        from .site import AsyncCorePlatformConfigSiteResource

        return AsyncCorePlatformConfigSiteResource(self._client)


class AsyncCorePlatformConfigResourceWithRawResponse:
    """`AsyncClient.core.platform.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformConfigResource) -> None:
        self._resource = resource

    @cached_property
    def site(self) -> AsyncCorePlatformConfigSiteResourceWithRawResponse:
        from .site import AsyncCorePlatformConfigSiteResourceWithRawResponse

        return AsyncCorePlatformConfigSiteResourceWithRawResponse(self._resource.site)
