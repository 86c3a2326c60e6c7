"""`Client.ai_bot.v1.bots.bot.config.discord`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, optional_body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_bot import (
    ai_bot_v1_bots_bot_config_discord_partial_update as _ai_bot_v1_bots_bot_config_discord_partial_update,
)
from ........api.ai_bot import (
    ai_bot_v1_bots_bot_config_discord_retrieve as _ai_bot_v1_bots_bot_config_discord_retrieve,
)
from ........models.discord_config import DiscordConfig
from ........models.patched_discord_config import PatchedDiscordConfig
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsBotConfigDiscordResource",
    "AiBotV1BotsBotConfigDiscordResourceWithRawResponse",
    "AsyncAiBotV1BotsBotConfigDiscordResource",
    "AsyncAiBotV1BotsBotConfigDiscordResourceWithRawResponse",
]


class AiBotV1BotsBotConfigDiscordResource:
    """`Client.ai_bot.v1.bots.bot.config.discord`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotConfigDiscordResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotConfigDiscordResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> DiscordConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            DiscordConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_config_discord_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_discord_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedDiscordConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        client_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedDiscordConfig | Unset = UNSET,
        client_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedDiscordConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: client_id, token, client_secret

        Returns:
            DiscordConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.config.discord.partial_update",
            body,
            PatchedDiscordConfig,
            [],
            (
                ("client_id", "client_id", client_id),
                ("token", "token", token),
                ("client_secret", "client_secret", client_secret),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_config_discord_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_discord_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiBotV1BotsBotConfigDiscordResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.config.discord`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotConfigDiscordResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncAiBotV1BotsBotConfigDiscordResource:
    """`AsyncClient.ai_bot.v1.bots.bot.config.discord`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotConfigDiscordResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotConfigDiscordResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> DiscordConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            DiscordConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_discord_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_discord_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedDiscordConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        client_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedDiscordConfig | Unset = UNSET,
        client_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedDiscordConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: client_id, token, client_secret

        Returns:
            DiscordConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.config.discord.partial_update",
            body,
            PatchedDiscordConfig,
            [],
            (
                ("client_id", "client_id", client_id),
                ("token", "token", token),
                ("client_secret", "client_secret", client_secret),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_discord_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_discord_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiBotV1BotsBotConfigDiscordResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.config.discord`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotConfigDiscordResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
