"""`Client.ai_bot.v1.bots.webhooks.discord`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_discord_create as _ai_bot_v1_bots_webhooks_discord_create,
)
from .......models.discord_webhook import DiscordWebhook

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsWebhooksDiscordResource",
    "AiBotV1BotsWebhooksDiscordResourceWithRawResponse",
    "AsyncAiBotV1BotsWebhooksDiscordResource",
    "AsyncAiBotV1BotsWebhooksDiscordResourceWithRawResponse",
]


class AiBotV1BotsWebhooksDiscordResource:
    """`Client.ai_bot.v1.bots.webhooks.discord`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsWebhooksDiscordResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsWebhooksDiscordResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        name: str,
        body: DiscordWebhook,
        **options: Unpack[RequestOptions],
    ) -> DiscordWebhook:
        """Webhook endpoint to receive and process discord messages.

        Args:
            org (str, path)
            name (str, path)
            body (DiscordWebhook, request body)

        Returns:
            DiscordWebhook
        """
        return self._client._send(
            _ai_bot_v1_bots_webhooks_discord_create.OPERATION,
            _ai_bot_v1_bots_webhooks_discord_create.build_request(org=org, name=name, body=body),
            options,
        )


class AiBotV1BotsWebhooksDiscordResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.webhooks.discord`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsWebhooksDiscordResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiBotV1BotsWebhooksDiscordResource:
    """`AsyncClient.ai_bot.v1.bots.webhooks.discord`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsWebhooksDiscordResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsWebhooksDiscordResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        name: str,
        body: DiscordWebhook,
        **options: Unpack[RequestOptions],
    ) -> DiscordWebhook:
        """Webhook endpoint to receive and process discord messages.

        Args:
            org (str, path)
            name (str, path)
            body (DiscordWebhook, request body)

        Returns:
            DiscordWebhook
        """
        return await self._client._send(
            _ai_bot_v1_bots_webhooks_discord_create.OPERATION,
            _ai_bot_v1_bots_webhooks_discord_create.build_request(org=org, name=name, body=body),
            options,
        )


class AsyncAiBotV1BotsWebhooksDiscordResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.webhooks.discord`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsWebhooksDiscordResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
