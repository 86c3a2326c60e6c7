"""`Client.core.platforms.public_image_assets.file`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_platforms_public_image_assets_file_retrieve as _core_platforms_public_image_assets_file_retrieve,
)
from ......models.core_platforms_public_image_assets_file_retrieve_response_200 import (
    CorePlatformsPublicImageAssetsFileRetrieveResponse200,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CorePlatformsPublicImageAssetsFileResource",
    "CorePlatformsPublicImageAssetsFileResourceWithRawResponse",
    "AsyncCorePlatformsPublicImageAssetsFileResource",
    "AsyncCorePlatformsPublicImageAssetsFileResourceWithRawResponse",
]


class CorePlatformsPublicImageAssetsFileResource:
    """`Client.core.platforms.public_image_assets.file`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformsPublicImageAssetsFileResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformsPublicImageAssetsFileResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        asset_id: int,
        **options: Unpack[RequestOptions],
    ) -> CorePlatformsPublicImageAssetsFileRetrieveResponse200:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)

        Returns:
            CorePlatformsPublicImageAssetsFileRetrieveResponse200
        """
        return self._client._send(
            _core_platforms_public_image_assets_file_retrieve.OPERATION,
            _core_platforms_public_image_assets_file_retrieve.build_request(
                platform_key=platform_key, asset_id=asset_id
            ),
            options,
        )


class CorePlatformsPublicImageAssetsFileResourceWithRawResponse:
    """`Client.core.platforms.public_image_assets.file`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformsPublicImageAssetsFileResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCorePlatformsPublicImageAssetsFileResource:
    """`AsyncClient.core.platforms.public_image_assets.file`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformsPublicImageAssetsFileResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformsPublicImageAssetsFileResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        asset_id: int,
        **options: Unpack[RequestOptions],
    ) -> CorePlatformsPublicImageAssetsFileRetrieveResponse200:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)

        Returns:
            CorePlatformsPublicImageAssetsFileRetrieveResponse200
        """
        return await self._client._send(
            _core_platforms_public_image_assets_file_retrieve.OPERATION,
            _core_platforms_public_image_assets_file_retrieve.build_request(
                platform_key=platform_key, asset_id=asset_id
            ),
            options,
        )


class AsyncCorePlatformsPublicImageAssetsFileResourceWithRawResponse:
    """`AsyncClient.core.platforms.public_image_assets.file`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformsPublicImageAssetsFileResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
