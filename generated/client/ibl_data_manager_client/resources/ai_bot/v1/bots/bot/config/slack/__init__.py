"""`Client.ai_bot.v1.bots.bot.config.slack`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_bot import (
    ai_bot_v1_bots_bot_config_slack_retrieve as _ai_bot_v1_bots_bot_config_slack_retrieve,
)
from ........models.slack_config import SlackConfig

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client
    from .update import (
        AiBotV1BotsBotConfigSlackUpdateResource,
        AiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse,
        AsyncAiBotV1BotsBotConfigSlackUpdateResource,
        AsyncAiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse,
    )

__all__ = [
    "AiBotV1BotsBotConfigSlackResource",
    "AiBotV1BotsBotConfigSlackResourceWithRawResponse",
    "AsyncAiBotV1BotsBotConfigSlackResource",
    "AsyncAiBotV1BotsBotConfigSlackResourceWithRawResponse",
]


class AiBotV1BotsBotConfigSlackResource:
    """`Client.ai_bot.v1.bots.bot.config.slack`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotConfigSlackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotConfigSlackResourceWithRawResponse(self)

    @cached_property
    def update(self) -> AiBotV1BotsBotConfigSlackUpdateResource:
        from .update import AiBotV1BotsBotConfigSlackUpdateResource

        return AiBotV1BotsBotConfigSlackUpdateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            SlackConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_config_slack_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_retrieve.build_request(org=org, id=id),
            options,
        )


class AiBotV1BotsBotConfigSlackResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.config.slack`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotConfigSlackResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def update(self) -> AiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse:
        from .update import AiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse

        return AiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse(self._resource.update)


class AsyncAiBotV1BotsBotConfigSlackResource:
    """`AsyncClient.ai_bot.v1.bots.bot.config.slack`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotConfigSlackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotConfigSlackResourceWithRawResponse(self)

    @cached_property
    def update(self) -> AsyncAiBotV1BotsBotConfigSlackUpdateResource:
        from .update import AsyncAiBotV1BotsBotConfigSlackUpdateResource

        return AsyncAiBotV1BotsBotConfigSlackUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            SlackConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_slack_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_retrieve.build_request(org=org, id=id),
            options,
        )


class AsyncAiBotV1BotsBotConfigSlackResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.config.slack`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotConfigSlackResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def update(self) -> AsyncAiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse:
        from .update import AsyncAiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse

        return AsyncAiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse(self._resource.update)
