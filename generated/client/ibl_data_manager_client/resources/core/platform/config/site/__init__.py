"""`Client.core.platform.config.site`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import core_platform_config_site_create as _core_platform_config_site_create
from ......api.core import core_platform_config_site_retrieve as _core_platform_config_site_retrieve
from ......models.core_platform_config_site_create_json_body import (
    CorePlatformConfigSiteCreateJsonBody,
)
from ......models.core_platform_config_site_create_response_200 import (
    CorePlatformConfigSiteCreateResponse200,
)
from ......models.core_platform_config_site_retrieve_response_200 import (
    CorePlatformConfigSiteRetrieveResponse200,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CorePlatformConfigSiteResource",
    "CorePlatformConfigSiteResourceWithRawResponse",
    "AsyncCorePlatformConfigSiteResource",
    "AsyncCorePlatformConfigSiteResourceWithRawResponse",
]


class CorePlatformConfigSiteResource:
    """`Client.core.platform.config.site`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformConfigSiteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformConfigSiteResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CorePlatformConfigSiteRetrieveResponse200:
        """GET /site Get site settings.  POST /site Save site settings.  Params: user_id key
        field_key (POST) value (POST)

        Args:
            key (str, query)
            user_id (int | Unset, query)

        Returns:
            CorePlatformConfigSiteRetrieveResponse200
        """
        return self._client._send(
            _core_platform_config_site_retrieve.OPERATION,
            _core_platform_config_site_retrieve.build_request(key=key, user_id=user_id),
            options,
        )

    def create(
        self,
        *,
        body: CorePlatformConfigSiteCreateJsonBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CorePlatformConfigSiteCreateResponse200:
        """GET /site Get site settings.  POST /site Save site settings.  Params: user_id key
        field_key (POST) value (POST)

        Args:
            body (CorePlatformConfigSiteCreateJsonBody | Unset, request body)

        Returns:
            CorePlatformConfigSiteCreateResponse200
        """
        return self._client._send(
            _core_platform_config_site_create.OPERATION,
            _core_platform_config_site_create.build_request(body=body),
            options,
        )


class CorePlatformConfigSiteResourceWithRawResponse:
    """`Client.core.platform.config.site`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformConfigSiteResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCorePlatformConfigSiteResource:
    """`AsyncClient.core.platform.config.site`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformConfigSiteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformConfigSiteResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CorePlatformConfigSiteRetrieveResponse200:
        """GET /site Get site settings.  POST /site Save site settings.  Params: user_id key
        field_key (POST) value (POST)

        Args:
            key (str, query)
            user_id (int | Unset, query)

        Returns:
            CorePlatformConfigSiteRetrieveResponse200
        """
        return await self._client._send(
            _core_platform_config_site_retrieve.OPERATION,
            _core_platform_config_site_retrieve.build_request(key=key, user_id=user_id),
            options,
        )

    async def create(
        self,
        *,
        body: CorePlatformConfigSiteCreateJsonBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CorePlatformConfigSiteCreateResponse200:
        """GET /site Get site settings.  POST /site Save site settings.  Params: user_id key
        field_key (POST) value (POST)

        Args:
            body (CorePlatformConfigSiteCreateJsonBody | Unset, request body)

        Returns:
            CorePlatformConfigSiteCreateResponse200
        """
        return await self._client._send(
            _core_platform_config_site_create.OPERATION,
            _core_platform_config_site_create.build_request(body=body),
            options,
        )


class AsyncCorePlatformConfigSiteResourceWithRawResponse:
    """`AsyncClient.core.platform.config.site`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformConfigSiteResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
