"""`Client.core.platforms`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .public_image_assets import (
        AsyncCorePlatformsPublicImageAssetsResource,
        AsyncCorePlatformsPublicImageAssetsResourceWithRawResponse,
        CorePlatformsPublicImageAssetsResource,
        CorePlatformsPublicImageAssetsResourceWithRawResponse,
    )

__all__ = [
    "CorePlatformsResource",
    "CorePlatformsResourceWithRawResponse",
    "AsyncCorePlatformsResource",
    "AsyncCorePlatformsResourceWithRawResponse",
]


class CorePlatformsResource:
    """`Client.core.platforms`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformsResourceWithRawResponse(self)

    @cached_property
    def public_image_assets(self) -> CorePlatformsPublicImageAssetsResource:
        from .public_image_assets import CorePlatformsPublicImageAssetsResource

        return CorePlatformsPublicImageAssetsResource(self._client)


class CorePlatformsResourceWithRawResponse:
    """`Client.core.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def public_image_assets(self) -> CorePlatformsPublicImageAssetsResourceWithRawResponse:
        from .public_image_assets import CorePlatformsPublicImageAssetsResourceWithRawResponse

        return CorePlatformsPublicImageAssetsResourceWithRawResponse(
            self._resource.public_image_assets
        )


class AsyncCorePlatformsResource:
    """`AsyncClient.core.platforms`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformsResourceWithRawResponse(self)

    @cached_property
    def public_image_assets(self) -> AsyncCorePlatformsPublicImageAssetsResource:
        from .public_image_assets import AsyncCorePlatformsPublicImageAssetsResource

        return AsyncCorePlatformsPublicImageAssetsResource(self._client)


class AsyncCorePlatformsResourceWithRawResponse:
    """`AsyncClient.core.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def public_image_assets(self) -> AsyncCorePlatformsPublicImageAssetsResourceWithRawResponse:
        from .public_image_assets import AsyncCorePlatformsPublicImageAssetsResourceWithRawResponse

        return AsyncCorePlatformsPublicImageAssetsResourceWithRawResponse(
            self._resource.public_image_assets
        )
