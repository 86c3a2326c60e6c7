"""`Client.core.platform.configurations.public`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.core import (
    core_platform_configurations_public_retrieve as _core_platform_configurations_public_retrieve,
)
from ......models.platform_configuration_list import PlatformConfigurationList

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CorePlatformConfigurationsPublicResource",
    "CorePlatformConfigurationsPublicResourceWithRawResponse",
    "AsyncCorePlatformConfigurationsPublicResource",
    "AsyncCorePlatformConfigurationsPublicResourceWithRawResponse",
]


class CorePlatformConfigurationsPublicResource:
    """`Client.core.platform.configurations.public`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformConfigurationsPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformConfigurationsPublicResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationList:
        """Get public platform configurations for platform members  Query Parameters: -
        platform_key: Platform key to get public configurations for  Returns: - platform_key:
        The platform key - configurations: Dictionary of public config key-value pairs - count:
        Number of public configurations returned

        Returns:
            PlatformConfigurationList
        """
        return self._client._send(
            _core_platform_configurations_public_retrieve.OPERATION,
            _core_platform_configurations_public_retrieve.build_request(),
            options,
        )


class CorePlatformConfigurationsPublicResourceWithRawResponse:
    """`Client.core.platform.configurations.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformConfigurationsPublicResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCorePlatformConfigurationsPublicResource:
    """`AsyncClient.core.platform.configurations.public`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformConfigurationsPublicResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformConfigurationsPublicResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationList:
        """Get public platform configurations for platform members  Query Parameters: -
        platform_key: Platform key to get public configurations for  Returns: - platform_key:
        The platform key - configurations: Dictionary of public config key-value pairs - count:
        Number of public configurations returned

        Returns:
            PlatformConfigurationList
        """
        return await self._client._send(
            _core_platform_configurations_public_retrieve.OPERATION,
            _core_platform_configurations_public_retrieve.build_request(),
            options,
        )


class AsyncCorePlatformConfigurationsPublicResourceWithRawResponse:
    """`AsyncClient.core.platform.configurations.public`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformConfigurationsPublicResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
