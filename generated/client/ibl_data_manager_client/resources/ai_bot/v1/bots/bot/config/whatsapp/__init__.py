"""`Client.ai_bot.v1.bots.bot.config.whatsapp`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_bot import (
    ai_bot_v1_bots_bot_config_whatsapp_retrieve as _ai_bot_v1_bots_bot_config_whatsapp_retrieve,
)
from ........models.whatsapp_config import WhatsappConfig

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsBotConfigWhatsappResource",
    "AiBotV1BotsBotConfigWhatsappResourceWithRawResponse",
    "AsyncAiBotV1BotsBotConfigWhatsappResource",
    "AsyncAiBotV1BotsBotConfigWhatsappResourceWithRawResponse",
]


class AiBotV1BotsBotConfigWhatsappResource:
    """`Client.ai_bot.v1.bots.bot.config.whatsapp`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotConfigWhatsappResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotConfigWhatsappResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            WhatsappConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_config_whatsapp_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_whatsapp_retrieve.build_request(org=org, id=id),
            options,
        )


class AiBotV1BotsBotConfigWhatsappResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.config.whatsapp`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotConfigWhatsappResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiBotV1BotsBotConfigWhatsappResource:
    """`AsyncClient.ai_bot.v1.bots.bot.config.whatsapp`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotConfigWhatsappResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotConfigWhatsappResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            WhatsappConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_whatsapp_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_whatsapp_retrieve.build_request(org=org, id=id),
            options,
        )


class AsyncAiBotV1BotsBotConfigWhatsappResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.config.whatsapp`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotConfigWhatsappResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
