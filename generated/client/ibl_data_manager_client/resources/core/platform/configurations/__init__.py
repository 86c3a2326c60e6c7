"""`Client.core.platform.configurations`: 2 operations and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import (
    core_platform_configurations_create as _core_platform_configurations_create,
)
from .....api.core import core_platform_configurations_list as _core_platform_configurations_list
from .....models.configuration_item import ConfigurationItem
from .....models.platform_configuration_list import PlatformConfigurationList
from .....models.platform_configuration_set import PlatformConfigurationSet
from .....models.platform_configuration_set_response import PlatformConfigurationSetResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .available_settings import (
        AsyncCorePlatformConfigurationsAvailableSettingsResource,
        AsyncCorePlatformConfigurationsAvailableSettingsResourceWithRawResponse,
        CorePlatformConfigurationsAvailableSettingsResource,
        CorePlatformConfigurationsAvailableSettingsResourceWithRawResponse,
    )
    from .delete_config import (
        AsyncCorePlatformConfigurationsDeleteConfigResource,
        AsyncCorePlatformConfigurationsDeleteConfigResourceWithRawResponse,
        CorePlatformConfigurationsDeleteConfigResource,
        CorePlatformConfigurationsDeleteConfigResourceWithRawResponse,
    )
    from .public import (
        AsyncCorePlatformConfigurationsPublicResource,
        AsyncCorePlatformConfigurationsPublicResourceWithRawResponse,
        CorePlatformConfigurationsPublicResource,
        CorePlatformConfigurationsPublicResourceWithRawResponse,
    )

__all__ = [
    "CorePlatformConfigurationsResource",
    "CorePlatformConfigurationsResourceWithRawResponse",
    "AsyncCorePlatformConfigurationsResource",
    "AsyncCorePlatformConfigurationsResourceWithRawResponse",
]


class CorePlatformConfigurationsResource:
    """`Client.core.platform.configurations`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformConfigurationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformConfigurationsResourceWithRawResponse(self)

    @cached_property
    def available_settings(self) -> CorePlatformConfigurationsAvailableSettingsResource:
        from .available_settings import CorePlatformConfigurationsAvailableSettingsResource

        return CorePlatformConfigurationsAvailableSettingsResource(self._client)

    @cached_property
    def delete_config(self) -> CorePlatformConfigurationsDeleteConfigResource:
        from .delete_config import CorePlatformConfigurationsDeleteConfigResource

        return CorePlatformConfigurationsDeleteConfigResource(self._client)

    @cached_property
    def public(self) -> CorePlatformConfigurationsPublicResource:
        from .public import CorePlatformConfigurationsPublicResource

        return CorePlatformConfigurationsPublicResource(self._client)

    def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformConfigurationList]:
        """List Platform Configurations

        Get all configuration values for a platform with proper type casting.

        Args:
            platform_key (str, query)

        Returns:
            list[PlatformConfigurationList]
        """
        return self._client._send(
            _core_platform_configurations_list.OPERATION,
            _core_platform_configurations_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: PlatformConfigurationSet,
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationSetResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        configurations: list[ConfigurationItem],
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationSetResponse: ...

    def create(
        self,
        *,
        body: PlatformConfigurationSet | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        configurations: list[ConfigurationItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationSetResponse:
        """Set Platform Configurations

        Set or update multiple platform configuration values.Values will be automatically
        normalized for storage and cast appropriately on retrieval.

        Args:
            body (PlatformConfigurationSet, request body): Serializer for setting platform
                configurations
            Or the body's fields as keywords instead of body=: platform_key, configurations

        Returns:
            PlatformConfigurationSetResponse
        """
        body = body_from_fields(
            "core.platform.configurations.create",
            body,
            PlatformConfigurationSet,
            ["platform_key", "configurations"],
            (
                ("platform_key", "platform_key", platform_key),
                ("configurations", "configurations", configurations),
            ),
        )
        return self._client._send(
            _core_platform_configurations_create.OPERATION,
            _core_platform_configurations_create.build_request(body=body),
            options,
        )


class CorePlatformConfigurationsResourceWithRawResponse:
    """`Client.core.platform.configurations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformConfigurationsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)

    @cached_property
    def available_settings(
        self,
    ) -> CorePlatformConfigurationsAvailableSettingsResourceWithRawResponse:
        from .available_settings import (
            CorePlatformConfigurationsAvailableSettingsResourceWithRawResponse,
        )

        return CorePlatformConfigurationsAvailableSettingsResourceWithRawResponse(
            self._resource.available_settings
        )

    @cached_property
    def delete_config(self) -> CorePlatformConfigurationsDeleteConfigResourceWithRawResponse:
        from .delete_config import CorePlatformConfigurationsDeleteConfigResourceWithRawResponse

        return CorePlatformConfigurationsDeleteConfigResourceWithRawResponse(
            self._resource.delete_config
        )

    @cached_property
    def public(self) -> CorePlatformConfigurationsPublicResourceWithRawResponse:
        from .public import CorePlatformConfigurationsPublicResourceWithRawResponse

        return CorePlatformConfigurationsPublicResourceWithRawResponse(self._resource.public)


class AsyncCorePlatformConfigurationsResource:
    """`AsyncClient.core.platform.configurations`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformConfigurationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformConfigurationsResourceWithRawResponse(self)

    @cached_property
    def available_settings(self) -> AsyncCorePlatformConfigurationsAvailableSettingsResource:
        from .available_settings import AsyncCorePlatformConfigurationsAvailableSettingsResource

        return AsyncCorePlatformConfigurationsAvailableSettingsResource(self._client)

    @cached_property
    def delete_config(self) -> AsyncCorePlatformConfigurationsDeleteConfigResource:
        from .delete_config import AsyncCorePlatformConfigurationsDeleteConfigResource

        return AsyncCorePlatformConfigurationsDeleteConfigResource(self._client)

    @cached_property
    def public(self) -> AsyncCorePlatformConfigurationsPublicResource:
        from .public import AsyncCorePlatformConfigurationsPublicResource

        return AsyncCorePlatformConfigurationsPublicResource(self._client)

    async def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformConfigurationList]:
        """List Platform Configurations

        Get all configuration values for a platform with proper type casting.

        Args:
            platform_key (str, query)

        Returns:
            list[PlatformConfigurationList]
        """
        return await self._client._send(
            _core_platform_configurations_list.OPERATION,
            _core_platform_configurations_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: PlatformConfigurationSet,
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationSetResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        configurations: list[ConfigurationItem],
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationSetResponse: ...

    async def create(
        self,
        *,
        body: PlatformConfigurationSet | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        configurations: list[ConfigurationItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformConfigurationSetResponse:
        """Set Platform Configurations

        Set or update multiple platform configuration values.Values will be automatically
        normalized for storage and cast appropriately on retrieval.

        Args:
            body (PlatformConfigurationSet, request body): Serializer for setting platform
                configurations
            Or the body's fields as keywords instead of body=: platform_key, configurations

        Returns:
            PlatformConfigurationSetResponse
        """
        body = body_from_fields(
            "core.platform.configurations.create",
            body,
            PlatformConfigurationSet,
            ["platform_key", "configurations"],
            (
                ("platform_key", "platform_key", platform_key),
                ("configurations", "configurations", configurations),
            ),
        )
        return await self._client._send(
            _core_platform_configurations_create.OPERATION,
            _core_platform_configurations_create.build_request(body=body),
            options,
        )


class AsyncCorePlatformConfigurationsResourceWithRawResponse:
    """`AsyncClient.core.platform.configurations`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformConfigurationsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def available_settings(
        self,
    ) -> AsyncCorePlatformConfigurationsAvailableSettingsResourceWithRawResponse:
        from .available_settings import (
            AsyncCorePlatformConfigurationsAvailableSettingsResourceWithRawResponse,
        )

        return AsyncCorePlatformConfigurationsAvailableSettingsResourceWithRawResponse(
            self._resource.available_settings
        )

    @cached_property
    def delete_config(self) -> AsyncCorePlatformConfigurationsDeleteConfigResourceWithRawResponse:
        from .delete_config import (
            AsyncCorePlatformConfigurationsDeleteConfigResourceWithRawResponse,
        )

        return AsyncCorePlatformConfigurationsDeleteConfigResourceWithRawResponse(
            self._resource.delete_config
        )

    @cached_property
    def public(self) -> AsyncCorePlatformConfigurationsPublicResourceWithRawResponse:
        from .public import AsyncCorePlatformConfigurationsPublicResourceWithRawResponse

        return AsyncCorePlatformConfigurationsPublicResourceWithRawResponse(self._resource.public)
