"""`Client.ai_bot.v1.bots.webhooks.discord`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_discord_create as _ai_bot_v1_bots_webhooks_discord_create,
)
from .......models.discord_webhook import DiscordWebhook
from .......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        body: DiscordWebhook,
        **options: Unpack[RequestOptions],
    ) -> DiscordWebhook: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        application_id: str,
        type_: str,
        token: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> DiscordWebhook: ...

    def create(
        self,
        *,
        org: str,
        name: str,
        body: DiscordWebhook | Unset = UNSET,
        application_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        token: str | Unset = UNSET,
        id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordWebhook:
        """Webhook endpoint to receive and process discord messages.

        Args:
            org (str, path)
            name (str, path)
            body (DiscordWebhook, request body)
            Or the body's fields as keywords instead of body=: application_id, type_, token, id

        Returns:
            DiscordWebhook
        """
        body = body_from_fields(
            "ai_bot.v1.bots.webhooks.discord.create",
            body,
            DiscordWebhook,
            ["application_id", "type_", "token", "id"],
            (
                ("application_id", "application_id", application_id),
                ("type_", "type_", type_),
                ("token", "token", token),
                ("id", "id", id),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        body: DiscordWebhook,
        **options: Unpack[RequestOptions],
    ) -> DiscordWebhook: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        application_id: str,
        type_: str,
        token: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> DiscordWebhook: ...

    async def create(
        self,
        *,
        org: str,
        name: str,
        body: DiscordWebhook | Unset = UNSET,
        application_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        token: str | Unset = UNSET,
        id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordWebhook:
        """Webhook endpoint to receive and process discord messages.

        Args:
            org (str, path)
            name (str, path)
            body (DiscordWebhook, request body)
            Or the body's fields as keywords instead of body=: application_id, type_, token, id

        Returns:
            DiscordWebhook
        """
        body = body_from_fields(
            "ai_bot.v1.bots.webhooks.discord.create",
            body,
            DiscordWebhook,
            ["application_id", "type_", "token", "id"],
            (
                ("application_id", "application_id", application_id),
                ("type_", "type_", type_),
                ("token", "token", token),
                ("id", "id", id),
            ),
        )
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
