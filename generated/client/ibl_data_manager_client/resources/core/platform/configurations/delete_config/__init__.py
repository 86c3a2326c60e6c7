"""`Client.core.platform.configurations.delete_config`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_platform_configurations_delete_config_destroy as _core_platform_configurations_delete_config_destroy,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CorePlatformConfigurationsDeleteConfigResource",
    "CorePlatformConfigurationsDeleteConfigResourceWithRawResponse",
    "AsyncCorePlatformConfigurationsDeleteConfigResource",
    "AsyncCorePlatformConfigurationsDeleteConfigResourceWithRawResponse",
]


class CorePlatformConfigurationsDeleteConfigResource:
    """`Client.core.platform.configurations.delete_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformConfigurationsDeleteConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformConfigurationsDeleteConfigResourceWithRawResponse(self)

    def destroy(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific platform configuration  Query Parameters: - platform_key: Platform key
        - key: Configuration key to delete

        Returns:
            None
        """
        return self._client._send(
            _core_platform_configurations_delete_config_destroy.OPERATION,
            _core_platform_configurations_delete_config_destroy.build_request(),
            options,
        )


class CorePlatformConfigurationsDeleteConfigResourceWithRawResponse:
    """`Client.core.platform.configurations.delete_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformConfigurationsDeleteConfigResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)


class AsyncCorePlatformConfigurationsDeleteConfigResource:
    """`AsyncClient.core.platform.configurations.delete_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCorePlatformConfigurationsDeleteConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformConfigurationsDeleteConfigResourceWithRawResponse(self)

    async def destroy(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a specific platform configuration  Query Parameters: - platform_key: Platform key
        - key: Configuration key to delete

        Returns:
            None
        """
        return await self._client._send(
            _core_platform_configurations_delete_config_destroy.OPERATION,
            _core_platform_configurations_delete_config_destroy.build_request(),
            options,
        )


class AsyncCorePlatformConfigurationsDeleteConfigResourceWithRawResponse:
    """`AsyncClient.core.platform.configurations.delete_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformConfigurationsDeleteConfigResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
