"""`Client.ai_bot.v1.bots.bot.config.webex`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, optional_body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_bot import (
    ai_bot_v1_bots_bot_config_webex_partial_update as _ai_bot_v1_bots_bot_config_webex_partial_update,
)
from ........api.ai_bot import (
    ai_bot_v1_bots_bot_config_webex_retrieve as _ai_bot_v1_bots_bot_config_webex_retrieve,
)
from ........models.patched_webex_config import PatchedWebexConfig
from ........models.webex_config import WebexConfig
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsBotConfigWebexResource",
    "AiBotV1BotsBotConfigWebexResourceWithRawResponse",
    "AsyncAiBotV1BotsBotConfigWebexResource",
    "AsyncAiBotV1BotsBotConfigWebexResourceWithRawResponse",
]


class AiBotV1BotsBotConfigWebexResource:
    """`Client.ai_bot.v1.bots.bot.config.webex`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotConfigWebexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotConfigWebexResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> WebexConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            WebexConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_config_webex_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_webex_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWebexConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebexConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        webex_bot_id: str | Unset = UNSET,
        bot_access_token: str | Unset = UNSET,
        bot_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebexConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWebexConfig | Unset = UNSET,
        webex_bot_id: str | Unset = UNSET,
        bot_access_token: str | Unset = UNSET,
        bot_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebexConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedWebexConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: webex_bot_id, bot_access_token,
                bot_username

        Returns:
            WebexConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.config.webex.partial_update",
            body,
            PatchedWebexConfig,
            [],
            (
                ("webex_bot_id", "webex_bot_id", webex_bot_id),
                ("bot_access_token", "bot_access_token", bot_access_token),
                ("bot_username", "bot_username", bot_username),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_config_webex_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_webex_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiBotV1BotsBotConfigWebexResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.config.webex`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotConfigWebexResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncAiBotV1BotsBotConfigWebexResource:
    """`AsyncClient.ai_bot.v1.bots.bot.config.webex`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotConfigWebexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotConfigWebexResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> WebexConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            WebexConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_webex_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_webex_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWebexConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebexConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        webex_bot_id: str | Unset = UNSET,
        bot_access_token: str | Unset = UNSET,
        bot_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebexConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWebexConfig | Unset = UNSET,
        webex_bot_id: str | Unset = UNSET,
        bot_access_token: str | Unset = UNSET,
        bot_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebexConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedWebexConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: webex_bot_id, bot_access_token,
                bot_username

        Returns:
            WebexConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.config.webex.partial_update",
            body,
            PatchedWebexConfig,
            [],
            (
                ("webex_bot_id", "webex_bot_id", webex_bot_id),
                ("bot_access_token", "bot_access_token", bot_access_token),
                ("bot_username", "bot_username", bot_username),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_webex_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_webex_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiBotV1BotsBotConfigWebexResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.config.webex`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotConfigWebexResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
