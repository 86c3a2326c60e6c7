"""`Client.ai_bot.v1.bots.bot.config.slack.update`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........._operation import RequestOptions, body_from_fields, optional_body_from_fields
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

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        bot: int | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackConfig | Unset = UNSET,
        bot: int | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedSlackConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: bot, client_id, client_secret,
                app_token, verification_token

        Returns:
            SlackConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.config.slack.update.partial_update",
            body,
            PatchedSlackConfig,
            [],
            (
                ("bot", "bot", bot),
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("app_token", "app_token", app_token),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    @overload
    def create(
        self,
        *,
        org: str,
        id: int,
        bot: int,
        client_id: str,
        client_secret: str,
        app_token: str,
        verification_token: str,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    def create(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest | Unset = UNSET,
        bot: int | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (SlackConfigRequest, request body)
            Or the body's fields as keywords instead of body=: bot, client_id, client_secret,
                app_token, verification_token

        Returns:
            SlackConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.config.slack.update.create",
            body,
            SlackConfigRequest,
            ["bot", "client_id", "client_secret", "app_token", "verification_token"],
            (
                ("bot", "bot", bot),
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("app_token", "app_token", app_token),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_create.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_create.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        bot: int,
        client_id: str,
        client_secret: str,
        app_token: str,
        verification_token: str,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest | Unset = UNSET,
        bot: int | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (SlackConfigRequest, request body)
            Or the body's fields as keywords instead of body=: bot, client_id, client_secret,
                app_token, verification_token

        Returns:
            SlackConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.config.slack.update.update",
            body,
            SlackConfigRequest,
            ["bot", "client_id", "client_secret", "app_token", "verification_token"],
            (
                ("bot", "bot", bot),
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("app_token", "app_token", app_token),
                ("verification_token", "verification_token", verification_token),
            ),
        )
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

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        bot: int | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackConfig | Unset = UNSET,
        bot: int | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedSlackConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: bot, client_id, client_secret,
                app_token, verification_token

        Returns:
            SlackConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.config.slack.update.partial_update",
            body,
            PatchedSlackConfig,
            [],
            (
                ("bot", "bot", bot),
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("app_token", "app_token", app_token),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        id: int,
        bot: int,
        client_id: str,
        client_secret: str,
        app_token: str,
        verification_token: str,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest | Unset = UNSET,
        bot: int | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (SlackConfigRequest, request body)
            Or the body's fields as keywords instead of body=: bot, client_id, client_secret,
                app_token, verification_token

        Returns:
            SlackConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.config.slack.update.create",
            body,
            SlackConfigRequest,
            ["bot", "client_id", "client_secret", "app_token", "verification_token"],
            (
                ("bot", "bot", bot),
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("app_token", "app_token", app_token),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_slack_update_create.OPERATION,
            _ai_bot_v1_bots_bot_config_slack_update_create.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        bot: int,
        client_id: str,
        client_secret: str,
        app_token: str,
        verification_token: str,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: SlackConfigRequest | Unset = UNSET,
        bot: int | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (SlackConfigRequest, request body)
            Or the body's fields as keywords instead of body=: bot, client_id, client_secret,
                app_token, verification_token

        Returns:
            SlackConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.config.slack.update.update",
            body,
            SlackConfigRequest,
            ["bot", "client_id", "client_secret", "app_token", "verification_token"],
            (
                ("bot", "bot", bot),
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("app_token", "app_token", app_token),
                ("verification_token", "verification_token", verification_token),
            ),
        )
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
