"""`Client.ai_bot.v1.bots.bot.config.teams`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_bot import (
    ai_bot_v1_bots_bot_config_teams_retrieve as _ai_bot_v1_bots_bot_config_teams_retrieve,
)
from ........models.teams_config import TeamsConfig

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client
    from .update import (
        AiBotV1BotsBotConfigTeamsUpdateResource,
        AiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse,
        AsyncAiBotV1BotsBotConfigTeamsUpdateResource,
        AsyncAiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse,
    )

__all__ = [
    "AiBotV1BotsBotConfigTeamsResource",
    "AiBotV1BotsBotConfigTeamsResourceWithRawResponse",
    "AsyncAiBotV1BotsBotConfigTeamsResource",
    "AsyncAiBotV1BotsBotConfigTeamsResourceWithRawResponse",
]


class AiBotV1BotsBotConfigTeamsResource:
    """`Client.ai_bot.v1.bots.bot.config.teams`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotConfigTeamsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotConfigTeamsResourceWithRawResponse(self)

    @cached_property
    def update(self) -> AiBotV1BotsBotConfigTeamsUpdateResource:
        from .update import AiBotV1BotsBotConfigTeamsUpdateResource

        return AiBotV1BotsBotConfigTeamsUpdateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            TeamsConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_config_teams_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_teams_retrieve.build_request(org=org, id=id),
            options,
        )


class AiBotV1BotsBotConfigTeamsResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.config.teams`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotConfigTeamsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def update(self) -> AiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse:
        from .update import AiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse

        return AiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse(self._resource.update)


class AsyncAiBotV1BotsBotConfigTeamsResource:
    """`AsyncClient.ai_bot.v1.bots.bot.config.teams`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotConfigTeamsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotConfigTeamsResourceWithRawResponse(self)

    @cached_property
    def update(self) -> AsyncAiBotV1BotsBotConfigTeamsUpdateResource:
        from .update import AsyncAiBotV1BotsBotConfigTeamsUpdateResource

        return AsyncAiBotV1BotsBotConfigTeamsUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            TeamsConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_teams_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_teams_retrieve.build_request(org=org, id=id),
            options,
        )


class AsyncAiBotV1BotsBotConfigTeamsResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.config.teams`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotConfigTeamsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def update(self) -> AsyncAiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse:
        from .update import AsyncAiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse

        return AsyncAiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse(self._resource.update)
