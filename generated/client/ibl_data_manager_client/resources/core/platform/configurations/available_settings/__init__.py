"""`Client.core.platform.configurations.available_settings`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_platform_configurations_available_settings_retrieve as _core_platform_configurations_available_settings_retrieve,
)
from ......models.platform_configuration_list import PlatformConfigurationList

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CorePlatformConfigurationsAvailableSettingsResource",
    "CorePlatformConfigurationsAvailableSettingsResourceWithRawResponse",
    "AsyncCorePlatformConfigurationsAvailableSettingsResource",
    "AsyncCorePlatformConfigurationsAvailableSettingsResourceWithRawResponse",
]


class CorePlatformConfigurationsAvailableSettingsResource:
    """`Client.core.platform.configurations.available_settings`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> CorePlatformConfigurationsAvailableSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformConfigurationsAvailableSettingsResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationList:
        """Get all available settings that can be configured with current platform values

        Returns:
            PlatformConfigurationList
        """
        return self._client._send(
            _core_platform_configurations_available_settings_retrieve.OPERATION,
            _core_platform_configurations_available_settings_retrieve.build_request(),
            options,
        )


class CorePlatformConfigurationsAvailableSettingsResourceWithRawResponse:
    """`Client.core.platform.configurations.available_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformConfigurationsAvailableSettingsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCorePlatformConfigurationsAvailableSettingsResource:
    """`AsyncClient.core.platform.configurations.available_settings`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCorePlatformConfigurationsAvailableSettingsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformConfigurationsAvailableSettingsResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationList:
        """Get all available settings that can be configured with current platform values

        Returns:
            PlatformConfigurationList
        """
        return await self._client._send(
            _core_platform_configurations_available_settings_retrieve.OPERATION,
            _core_platform_configurations_available_settings_retrieve.build_request(),
            options,
        )


class AsyncCorePlatformConfigurationsAvailableSettingsResourceWithRawResponse:
    """`AsyncClient.core.platform.configurations.available_settings`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformConfigurationsAvailableSettingsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
