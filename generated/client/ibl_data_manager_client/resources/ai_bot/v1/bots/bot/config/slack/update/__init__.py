"""`Client.ai_bot.v1.bots.bot.config.slack.update`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........._operation import RequestOptions
from ........._response import async_to_raw_response, to_raw_response
from .........api.ai_bot import (
    ai_bot_v1_bots_bot_config_slack_update_create as _ai_bot_v1_bots_bot_config_slack_update_create,
)
from .........api.ai_bot import (
    ai_bot_v1_bots_bot_config_slack_update_partial_update as _ai_bot_v1_bots_bot_config_slack_update_partial_update,
)
from .........api.ai_bot import (
    ai_bot_v1_bots_bot_config_slack_update_update as _ai_bot_v1_bots_bot_config_slack_update_update,
)
from .........models.patched_slack_config import PatchedSlackConfig
from .........models.slack_config import SlackConfig
from .........models.slack_config_request import SlackConfigRequest
from .........types import UNSET, Unset

if TYPE_CHECKING:
    from ........._client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsBotConfigSlackUpdateResource",
    "AiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse",
    "AsyncAiBotV1BotsBotConfigSlackUpdateResource",
    "AsyncAiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse",
]


class AiBotV1BotsBotConfigSlackUpdateResource:
    """`Client.ai_bot.v1.bots.bot.config.slack.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse(self)

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedSlackConfig | Unset, request body)

        Returns:
            SlackConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    def create(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (SlackConfigRequest, request body)

        Returns:
            SlackConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_create.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_create.build_request(org=org, id=id, body=body),
            options,
        )

    def update(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (SlackConfigRequest, request body)

        Returns:
            SlackConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_update.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.config.slack.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotConfigSlackUpdateResource) -> None:
        self._resource = resource
        self.partial_update = to_raw_response(resource.partial_update)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncAiBotV1BotsBotConfigSlackUpdateResource:
    """`AsyncClient.ai_bot.v1.bots.bot.config.slack.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse(self)

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedSlackConfig | Unset, request body)

        Returns:
            SlackConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (SlackConfigRequest, request body)

        Returns:
            SlackConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_create.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_create.build_request(org=org, id=id, body=body),
            options,
        )

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (SlackConfigRequest, request body)

        Returns:
            SlackConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_update.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiBotV1BotsBotConfigSlackUpdateResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.config.slack.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotConfigSlackUpdateResource) -> None:
        self._resource = resource
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
