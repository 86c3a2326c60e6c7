"""`Client.core.consolidated_token.proxy`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ....._operation import RequestOptions, body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import (
    core_consolidated_token_proxy_create as _core_consolidated_token_proxy_create,
)
from .....models.token_proxy_input import TokenProxyInput
from .....models.token_proxy_output import TokenProxyOutput
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreConsolidatedTokenProxyResource",
    "CoreConsolidatedTokenProxyResourceWithRawResponse",
    "AsyncCoreConsolidatedTokenProxyResource",
    "AsyncCoreConsolidatedTokenProxyResourceWithRawResponse",
]


class CoreConsolidatedTokenProxyResource:
    """`Client.core.consolidated_token.proxy`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreConsolidatedTokenProxyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreConsolidatedTokenProxyResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: TokenProxyInput,
        **options: Unpack[RequestOptions],
    ) -> TokenProxyOutput: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TokenProxyOutput: ...

    def create(
        self,
        *,
        body: TokenProxyInput | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TokenProxyOutput:
        """Create DM and AXD Tokens for user and platform_key  Params: - Any of user_id, username,
        or email (choose one only, required) - platform_key: str (required)

        Args:
            body (TokenProxyInput, request body): Serializer for TokenProxyView POST request
                input data
            Or the body's fields as keywords instead of body=: platform_key, user_id, username,
                email

        Returns:
            TokenProxyOutput
        """
        body = body_from_fields(
            "core.consolidated_token.proxy.create",
            body,
            TokenProxyInput,
            ["platform_key"],
            (
                ("platform_key", "platform_key", platform_key),
                ("user_id", "user_id", user_id),
                ("username", "username", username),
                ("email", "email", email),
            ),
        )
        return self._client._send(
            _core_consolidated_token_proxy_create.OPERATION,
            _core_consolidated_token_proxy_create.build_request(body=body),
            options,
        )


class CoreConsolidatedTokenProxyResourceWithRawResponse:
    """`Client.core.consolidated_token.proxy`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreConsolidatedTokenProxyResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCoreConsolidatedTokenProxyResource:
    """`AsyncClient.core.consolidated_token.proxy`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreConsolidatedTokenProxyResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreConsolidatedTokenProxyResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: TokenProxyInput,
        **options: Unpack[RequestOptions],
    ) -> TokenProxyOutput: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TokenProxyOutput: ...

    async def create(
        self,
        *,
        body: TokenProxyInput | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TokenProxyOutput:
        """Create DM and AXD Tokens for user and platform_key  Params: - Any of user_id, username,
        or email (choose one only, required) - platform_key: str (required)

        Args:
            body (TokenProxyInput, request body): Serializer for TokenProxyView POST request
                input data
            Or the body's fields as keywords instead of body=: platform_key, user_id, username,
                email

        Returns:
            TokenProxyOutput
        """
        body = body_from_fields(
            "core.consolidated_token.proxy.create",
            body,
            TokenProxyInput,
            ["platform_key"],
            (
                ("platform_key", "platform_key", platform_key),
                ("user_id", "user_id", user_id),
                ("username", "username", username),
                ("email", "email", email),
            ),
        )
        return await self._client._send(
            _core_consolidated_token_proxy_create.OPERATION,
            _core_consolidated_token_proxy_create.build_request(body=body),
            options,
        )


class AsyncCoreConsolidatedTokenProxyResourceWithRawResponse:
    """`AsyncClient.core.consolidated_token.proxy`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreConsolidatedTokenProxyResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
