"""`Client.ai_bot.v1.bots`: 6 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .bot import (
        AiBotV1BotsBotResource,
        AiBotV1BotsBotResourceWithRawResponse,
        AsyncAiBotV1BotsBotResource,
        AsyncAiBotV1BotsBotResourceWithRawResponse,
    )
    from .bot_commands import (
        AiBotV1BotsBotCommandsResource,
        AiBotV1BotsBotCommandsResourceWithRawResponse,
        AsyncAiBotV1BotsBotCommandsResource,
        AsyncAiBotV1BotsBotCommandsResourceWithRawResponse,
    )
    from .discord_user_config import (
        AiBotV1BotsDiscordUserConfigResource,
        AiBotV1BotsDiscordUserConfigResourceWithRawResponse,
        AsyncAiBotV1BotsDiscordUserConfigResource,
        AsyncAiBotV1BotsDiscordUserConfigResourceWithRawResponse,
    )
    from .slack_user_config import (
        AiBotV1BotsSlackUserConfigResource,
        AiBotV1BotsSlackUserConfigResourceWithRawResponse,
        AsyncAiBotV1BotsSlackUserConfigResource,
        AsyncAiBotV1BotsSlackUserConfigResourceWithRawResponse,
    )
    from .webhooks import (
        AiBotV1BotsWebhooksResource,
        AiBotV1BotsWebhooksResourceWithRawResponse,
        AsyncAiBotV1BotsWebhooksResource,
        AsyncAiBotV1BotsWebhooksResourceWithRawResponse,
    )
    from .whatsapp_user_config import (
        AiBotV1BotsWhatsappUserConfigResource,
        AiBotV1BotsWhatsappUserConfigResourceWithRawResponse,
        AsyncAiBotV1BotsWhatsappUserConfigResource,
        AsyncAiBotV1BotsWhatsappUserConfigResourceWithRawResponse,
    )

__all__ = [
    "AiBotV1BotsResource",
    "AiBotV1BotsResourceWithRawResponse",
    "AsyncAiBotV1BotsResource",
    "AsyncAiBotV1BotsResourceWithRawResponse",
]


class AiBotV1BotsResource:
    """`Client.ai_bot.v1.bots`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsResourceWithRawResponse(self)

    @cached_property
    def bot(self) -> AiBotV1BotsBotResource:
        from .bot import AiBotV1BotsBotResource

        return AiBotV1BotsBotResource(self._client)

    @cached_property
    def bot_commands(self) -> AiBotV1BotsBotCommandsResource:
        from .bot_commands import AiBotV1BotsBotCommandsResource

        return AiBotV1BotsBotCommandsResource(self._client)

    @cached_property
    def discord_user_config(self) -> AiBotV1BotsDiscordUserConfigResource:
        from .discord_user_config import AiBotV1BotsDiscordUserConfigResource

        return AiBotV1BotsDiscordUserConfigResource(self._client)

    @cached_property
    def slack_user_config(self) -> AiBotV1BotsSlackUserConfigResource:
        from .slack_user_config import AiBotV1BotsSlackUserConfigResource

        return AiBotV1BotsSlackUserConfigResource(self._client)

    @cached_property
    def webhooks(self) -> AiBotV1BotsWebhooksResource:
        from .webhooks import AiBotV1BotsWebhooksResource

        return AiBotV1BotsWebhooksResource(self._client)

    @cached_property
    def whatsapp_user_config(self) -> AiBotV1BotsWhatsappUserConfigResource:
        from .whatsapp_user_config import AiBotV1BotsWhatsappUserConfigResource

        return AiBotV1BotsWhatsappUserConfigResource(self._client)


class AiBotV1BotsResourceWithRawResponse:
    """`Client.ai_bot.v1.bots`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsResource) -> None:
        self._resource = resource

    @cached_property
    def bot(self) -> AiBotV1BotsBotResourceWithRawResponse:
        from .bot import AiBotV1BotsBotResourceWithRawResponse

        return AiBotV1BotsBotResourceWithRawResponse(self._resource.bot)

    @cached_property
    def bot_commands(self) -> AiBotV1BotsBotCommandsResourceWithRawResponse:
        from .bot_commands import AiBotV1BotsBotCommandsResourceWithRawResponse

        return AiBotV1BotsBotCommandsResourceWithRawResponse(self._resource.bot_commands)

    @cached_property
    def discord_user_config(self) -> AiBotV1BotsDiscordUserConfigResourceWithRawResponse:
        from .discord_user_config import AiBotV1BotsDiscordUserConfigResourceWithRawResponse

        return AiBotV1BotsDiscordUserConfigResourceWithRawResponse(
            self._resource.discord_user_config
        )

    @cached_property
    def slack_user_config(self) -> AiBotV1BotsSlackUserConfigResourceWithRawResponse:
        from .slack_user_config import AiBotV1BotsSlackUserConfigResourceWithRawResponse

        return AiBotV1BotsSlackUserConfigResourceWithRawResponse(self._resource.slack_user_config)

    @cached_property
    def webhooks(self) -> AiBotV1BotsWebhooksResourceWithRawResponse:
        from .webhooks import AiBotV1BotsWebhooksResourceWithRawResponse

        return AiBotV1BotsWebhooksResourceWithRawResponse(self._resource.webhooks)

    @cached_property
    def whatsapp_user_config(self) -> AiBotV1BotsWhatsappUserConfigResourceWithRawResponse:
        from .whatsapp_user_config import AiBotV1BotsWhatsappUserConfigResourceWithRawResponse

        return AiBotV1BotsWhatsappUserConfigResourceWithRawResponse(
            self._resource.whatsapp_user_config
        )


class AsyncAiBotV1BotsResource:
    """`AsyncClient.ai_bot.v1.bots`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsResourceWithRawResponse(self)

    @cached_property
    def bot(self) -> AsyncAiBotV1BotsBotResource:
        from .bot import AsyncAiBotV1BotsBotResource

        return AsyncAiBotV1BotsBotResource(self._client)

    @cached_property
    def bot_commands(self) -> AsyncAiBotV1BotsBotCommandsResource:
        from .bot_commands import AsyncAiBotV1BotsBotCommandsResource

        return AsyncAiBotV1BotsBotCommandsResource(self._client)

    @cached_property
    def discord_user_config(self) -> AsyncAiBotV1BotsDiscordUserConfigResource:
        from .discord_user_config import AsyncAiBotV1BotsDiscordUserConfigResource

        return AsyncAiBotV1BotsDiscordUserConfigResource(self._client)

    @cached_property
    def slack_user_config(self) -> AsyncAiBotV1BotsSlackUserConfigResource:
        from .slack_user_config import AsyncAiBotV1BotsSlackUserConfigResource

        return AsyncAiBotV1BotsSlackUserConfigResource(self._client)

    @cached_property
    def webhooks(self) -> AsyncAiBotV1BotsWebhooksResource:
        from .webhooks import AsyncAiBotV1BotsWebhooksResource

        return AsyncAiBotV1BotsWebhooksResource(self._client)

    @cached_property
    def whatsapp_user_config(self) -> AsyncAiBotV1BotsWhatsappUserConfigResource:
        from .whatsapp_user_config import AsyncAiBotV1BotsWhatsappUserConfigResource

        return AsyncAiBotV1BotsWhatsappUserConfigResource(self._client)


class AsyncAiBotV1BotsResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsResource) -> None:
        self._resource = resource

    @cached_property
    def bot(self) -> AsyncAiBotV1BotsBotResourceWithRawResponse:
        from .bot import AsyncAiBotV1BotsBotResourceWithRawResponse

        return AsyncAiBotV1BotsBotResourceWithRawResponse(self._resource.bot)

    @cached_property
    def bot_commands(self) -> AsyncAiBotV1BotsBotCommandsResourceWithRawResponse:
        from .bot_commands import AsyncAiBotV1BotsBotCommandsResourceWithRawResponse

        return AsyncAiBotV1BotsBotCommandsResourceWithRawResponse(self._resource.bot_commands)

    @cached_property
    def discord_user_config(self) -> AsyncAiBotV1BotsDiscordUserConfigResourceWithRawResponse:
        from .discord_user_config import AsyncAiBotV1BotsDiscordUserConfigResourceWithRawResponse

        return AsyncAiBotV1BotsDiscordUserConfigResourceWithRawResponse(
            self._resource.discord_user_config
        )

    @cached_property
    def slack_user_config(self) -> AsyncAiBotV1BotsSlackUserConfigResourceWithRawResponse:
        from .slack_user_config import AsyncAiBotV1BotsSlackUserConfigResourceWithRawResponse

        return AsyncAiBotV1BotsSlackUserConfigResourceWithRawResponse(
            self._resource.slack_user_config
        )

    @cached_property
    def webhooks(self) -> AsyncAiBotV1BotsWebhooksResourceWithRawResponse:
        from .webhooks import AsyncAiBotV1BotsWebhooksResourceWithRawResponse

        return AsyncAiBotV1BotsWebhooksResourceWithRawResponse(self._resource.webhooks)

    @cached_property
    def whatsapp_user_config(self) -> AsyncAiBotV1BotsWhatsappUserConfigResourceWithRawResponse:
        from .whatsapp_user_config import AsyncAiBotV1BotsWhatsappUserConfigResourceWithRawResponse

        return AsyncAiBotV1BotsWhatsappUserConfigResourceWithRawResponse(
            self._resource.whatsapp_user_config
        )
