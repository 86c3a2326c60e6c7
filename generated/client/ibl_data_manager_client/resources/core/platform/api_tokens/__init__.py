"""`Client.core.platform.api_tokens`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_platform_api_tokens_create as _core_platform_api_tokens_create
from .....api.core import core_platform_api_tokens_destroy as _core_platform_api_tokens_destroy
from .....api.core import core_platform_api_tokens_list as _core_platform_api_tokens_list
from .....models.platform_api_key import PlatformApiKey
from .....models.platform_api_key_request import PlatformApiKeyRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CorePlatformApiTokensResource",
    "CorePlatformApiTokensResourceWithRawResponse",
    "AsyncCorePlatformApiTokensResource",
    "AsyncCorePlatformApiTokensResourceWithRawResponse",
]


class CorePlatformApiTokensResource:
    """`Client.core.platform.api_tokens`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformApiTokensResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformApiTokensResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformApiKey]:
        """List Platform API Key's belonging to the target platform

        Args:
            platform_key (str, query)

        Returns:
            list[PlatformApiKey]
        """
        return self._client._send(
            _core_platform_api_tokens_list.OPERATION,
            _core_platform_api_tokens_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: PlatformApiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformApiKey: ...

    @overload
    def create(
        self,
        *,
        name: str,
        platform_key: str,
        expires_in: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformApiKey: ...

    def create(
        self,
        *,
        body: PlatformApiKeyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        expires_in: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformApiKey:
        """Create a new Platform Api Key for the target platform

        Args:
            body (PlatformApiKeyRequest, request body): Serializer for PlatformApiKey's
            Or the body's fields as keywords instead of body=: name, platform_key, expires_in

        Returns:
            PlatformApiKey
        """
        body = body_from_fields(
            "core.platform.api_tokens.create",
            body,
            PlatformApiKeyRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("expires_in", "expires_in", expires_in),
            ),
        )
        return self._client._send(
            _core_platform_api_tokens_create.OPERATION,
            _core_platform_api_tokens_create.build_request(body=body),
            options,
        )

    def destroy(
        self,
        *,
        name: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete Platform Api Key by name in the target platform

        Args:
            name (str, path)
            platform_key (str, query)

        Returns:
            None
        """
        return self._client._send(
            _core_platform_api_tokens_destroy.OPERATION,
            _core_platform_api_tokens_destroy.build_request(name=name, platform_key=platform_key),
            options,
        )


class CorePlatformApiTokensResourceWithRawResponse:
    """`Client.core.platform.api_tokens`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformApiTokensResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)


class AsyncCorePlatformApiTokensResource:
    """`AsyncClient.core.platform.api_tokens`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformApiTokensResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformApiTokensResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformApiKey]:
        """List Platform API Key's belonging to the target platform

        Args:
            platform_key (str, query)

        Returns:
            list[PlatformApiKey]
        """
        return await self._client._send(
            _core_platform_api_tokens_list.OPERATION,
            _core_platform_api_tokens_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: PlatformApiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformApiKey: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        platform_key: str,
        expires_in: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformApiKey: ...

    async def create(
        self,
        *,
        body: PlatformApiKeyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        expires_in: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformApiKey:
        """Create a new Platform Api Key for the target platform

        Args:
            body (PlatformApiKeyRequest, request body): Serializer for PlatformApiKey's
            Or the body's fields as keywords instead of body=: name, platform_key, expires_in

        Returns:
            PlatformApiKey
        """
        body = body_from_fields(
            "core.platform.api_tokens.create",
            body,
            PlatformApiKeyRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
                ("expires_in", "expires_in", expires_in),
            ),
        )
        return await self._client._send(
            _core_platform_api_tokens_create.OPERATION,
            _core_platform_api_tokens_create.build_request(body=body),
            options,
        )

    async def destroy(
        self,
        *,
        name: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete Platform Api Key by name in the target platform

        Args:
            name (str, path)
            platform_key (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_platform_api_tokens_destroy.OPERATION,
            _core_platform_api_tokens_destroy.build_request(name=name, platform_key=platform_key),
            options,
        )


class AsyncCorePlatformApiTokensResourceWithRawResponse:
    """`AsyncClient.core.platform.api_tokens`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformApiTokensResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
