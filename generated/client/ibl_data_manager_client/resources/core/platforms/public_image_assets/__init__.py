"""`Client.core.platforms.public_image_assets`: 6 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import (
    core_platforms_public_image_assets_create as _core_platforms_public_image_assets_create,
)
from .....api.core import (
    core_platforms_public_image_assets_destroy as _core_platforms_public_image_assets_destroy,
)
from .....api.core import (
    core_platforms_public_image_assets_list as _core_platforms_public_image_assets_list,
)
from .....api.core import (
    core_platforms_public_image_assets_partial_update as _core_platforms_public_image_assets_partial_update,
)
from .....api.core import (
    core_platforms_public_image_assets_retrieve as _core_platforms_public_image_assets_retrieve,
)
from .....api.core import (
    core_platforms_public_image_assets_update as _core_platforms_public_image_assets_update,
)
from .....models.patched_platform_public_image_asset import PatchedPlatformPublicImageAsset
from .....models.platform_public_image_asset import PlatformPublicImageAsset
from .....models.platform_public_image_asset_request import PlatformPublicImageAssetRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .file import (
        AsyncCorePlatformsPublicImageAssetsFileResource,
        AsyncCorePlatformsPublicImageAssetsFileResourceWithRawResponse,
        CorePlatformsPublicImageAssetsFileResource,
        CorePlatformsPublicImageAssetsFileResourceWithRawResponse,
    )

__all__ = [
    "CorePlatformsPublicImageAssetsResource",
    "CorePlatformsPublicImageAssetsResourceWithRawResponse",
    "AsyncCorePlatformsPublicImageAssetsResource",
    "AsyncCorePlatformsPublicImageAssetsResourceWithRawResponse",
]


class CorePlatformsPublicImageAssetsResource:
    """`Client.core.platforms.public_image_assets`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformsPublicImageAssetsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformsPublicImageAssetsResourceWithRawResponse(self)

    @cached_property
    def file(self) -> CorePlatformsPublicImageAssetsFileResource:
        from .file import CorePlatformsPublicImageAssetsFileResource

        return CorePlatformsPublicImageAssetsFileResource(self._client)

    def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformPublicImageAsset]:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)

        Returns:
            list[PlatformPublicImageAsset]
        """
        return self._client._send(
            _core_platforms_public_image_assets_list.OPERATION,
            _core_platforms_public_image_assets_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: PlatformPublicImageAssetRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        category: str,
        image: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    def create(
        self,
        *,
        platform_key: str,
        body: PlatformPublicImageAssetRequest | Unset = UNSET,
        category: str | Unset = UNSET,
        image: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            body (PlatformPublicImageAssetRequest, request body)
            Or the body's fields as keywords instead of body=: category, image

        Returns:
            PlatformPublicImageAsset
        """
        body = body_from_fields(
            "core.platforms.public_image_assets.create",
            body,
            PlatformPublicImageAssetRequest,
            ["category", "image"],
            (
                ("category", "category", category),
                ("image", "image", image),
            ),
        )
        return self._client._send(
            _core_platforms_public_image_assets_create.OPERATION,
            _core_platforms_public_image_assets_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        platform_key: str,
        asset_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _core_platforms_public_image_assets_destroy.OPERATION,
            _core_platforms_public_image_assets_destroy.build_request(
                platform_key=platform_key, asset_id=asset_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        platform_key: str,
        asset_id: int,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)

        Returns:
            PlatformPublicImageAsset
        """
        return self._client._send(
            _core_platforms_public_image_assets_retrieve.OPERATION,
            _core_platforms_public_image_assets_retrieve.build_request(
                platform_key=platform_key, asset_id=asset_id
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        body: PatchedPlatformPublicImageAsset | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    @overload
    def partial_update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        category: str | Unset = UNSET,
        image: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    def partial_update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        body: PatchedPlatformPublicImageAsset | Unset = UNSET,
        category: str | Unset = UNSET,
        image: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)
            body (PatchedPlatformPublicImageAsset | Unset, request body)
            Or the body's fields as keywords instead of body=: category, image

        Returns:
            PlatformPublicImageAsset
        """
        body = optional_body_from_fields(
            "core.platforms.public_image_assets.partial_update",
            body,
            PatchedPlatformPublicImageAsset,
            [],
            (
                ("category", "category", category),
                ("image", "image", image),
            ),
        )
        return self._client._send(
            _core_platforms_public_image_assets_partial_update.OPERATION,
            _core_platforms_public_image_assets_partial_update.build_request(
                platform_key=platform_key, asset_id=asset_id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        body: PlatformPublicImageAssetRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    @overload
    def update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        category: str,
        image: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    def update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        body: PlatformPublicImageAssetRequest | Unset = UNSET,
        category: str | Unset = UNSET,
        image: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)
            body (PlatformPublicImageAssetRequest, request body)
            Or the body's fields as keywords instead of body=: category, image

        Returns:
            PlatformPublicImageAsset
        """
        body = body_from_fields(
            "core.platforms.public_image_assets.update",
            body,
            PlatformPublicImageAssetRequest,
            ["category", "image"],
            (
                ("category", "category", category),
                ("image", "image", image),
            ),
        )
        return self._client._send(
            _core_platforms_public_image_assets_update.OPERATION,
            _core_platforms_public_image_assets_update.build_request(
                platform_key=platform_key, asset_id=asset_id, body=body
            ),
            options,
        )


class CorePlatformsPublicImageAssetsResourceWithRawResponse:
    """`Client.core.platforms.public_image_assets`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformsPublicImageAssetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def file(self) -> CorePlatformsPublicImageAssetsFileResourceWithRawResponse:
        from .file import CorePlatformsPublicImageAssetsFileResourceWithRawResponse

        return CorePlatformsPublicImageAssetsFileResourceWithRawResponse(self._resource.file)


class AsyncCorePlatformsPublicImageAssetsResource:
    """`AsyncClient.core.platforms.public_image_assets`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformsPublicImageAssetsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformsPublicImageAssetsResourceWithRawResponse(self)

    @cached_property
    def file(self) -> AsyncCorePlatformsPublicImageAssetsFileResource:
        from .file import AsyncCorePlatformsPublicImageAssetsFileResource

        return AsyncCorePlatformsPublicImageAssetsFileResource(self._client)

    async def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformPublicImageAsset]:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)

        Returns:
            list[PlatformPublicImageAsset]
        """
        return await self._client._send(
            _core_platforms_public_image_assets_list.OPERATION,
            _core_platforms_public_image_assets_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: PlatformPublicImageAssetRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        category: str,
        image: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: PlatformPublicImageAssetRequest | Unset = UNSET,
        category: str | Unset = UNSET,
        image: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            body (PlatformPublicImageAssetRequest, request body)
            Or the body's fields as keywords instead of body=: category, image

        Returns:
            PlatformPublicImageAsset
        """
        body = body_from_fields(
            "core.platforms.public_image_assets.create",
            body,
            PlatformPublicImageAssetRequest,
            ["category", "image"],
            (
                ("category", "category", category),
                ("image", "image", image),
            ),
        )
        return await self._client._send(
            _core_platforms_public_image_assets_create.OPERATION,
            _core_platforms_public_image_assets_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        platform_key: str,
        asset_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _core_platforms_public_image_assets_destroy.OPERATION,
            _core_platforms_public_image_assets_destroy.build_request(
                platform_key=platform_key, asset_id=asset_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        platform_key: str,
        asset_id: int,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)

        Returns:
            PlatformPublicImageAsset
        """
        return await self._client._send(
            _core_platforms_public_image_assets_retrieve.OPERATION,
            _core_platforms_public_image_assets_retrieve.build_request(
                platform_key=platform_key, asset_id=asset_id
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        body: PatchedPlatformPublicImageAsset | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    @overload
    async def partial_update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        category: str | Unset = UNSET,
        image: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    async def partial_update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        body: PatchedPlatformPublicImageAsset | Unset = UNSET,
        category: str | Unset = UNSET,
        image: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)
            body (PatchedPlatformPublicImageAsset | Unset, request body)
            Or the body's fields as keywords instead of body=: category, image

        Returns:
            PlatformPublicImageAsset
        """
        body = optional_body_from_fields(
            "core.platforms.public_image_assets.partial_update",
            body,
            PatchedPlatformPublicImageAsset,
            [],
            (
                ("category", "category", category),
                ("image", "image", image),
            ),
        )
        return await self._client._send(
            _core_platforms_public_image_assets_partial_update.OPERATION,
            _core_platforms_public_image_assets_partial_update.build_request(
                platform_key=platform_key, asset_id=asset_id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        body: PlatformPublicImageAssetRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    @overload
    async def update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        category: str,
        image: str,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset: ...

    async def update(
        self,
        *,
        platform_key: str,
        asset_id: int,
        body: PlatformPublicImageAssetRequest | Unset = UNSET,
        category: str | Unset = UNSET,
        image: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPublicImageAsset:
        """Shared functionality for platform public image asset views.

        Args:
            platform_key (str, path)
            asset_id (int, path)
            body (PlatformPublicImageAssetRequest, request body)
            Or the body's fields as keywords instead of body=: category, image

        Returns:
            PlatformPublicImageAsset
        """
        body = body_from_fields(
            "core.platforms.public_image_assets.update",
            body,
            PlatformPublicImageAssetRequest,
            ["category", "image"],
            (
                ("category", "category", category),
                ("image", "image", image),
            ),
        )
        return await self._client._send(
            _core_platforms_public_image_assets_update.OPERATION,
            _core_platforms_public_image_assets_update.build_request(
                platform_key=platform_key, asset_id=asset_id, body=body
            ),
            options,
        )


class AsyncCorePlatformsPublicImageAssetsResourceWithRawResponse:
    """`AsyncClient.core.platforms.public_image_assets`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformsPublicImageAssetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def file(self) -> AsyncCorePlatformsPublicImageAssetsFileResourceWithRawResponse:
        from .file import AsyncCorePlatformsPublicImageAssetsFileResourceWithRawResponse

        return AsyncCorePlatformsPublicImageAssetsFileResourceWithRawResponse(self._resource.file)
