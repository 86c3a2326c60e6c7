"""`Client.ai_bot.v1.bots.bot.config`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .discord import (
        AiBotV1BotsBotConfigDiscordResource,
        AiBotV1BotsBotConfigDiscordResourceWithRawResponse,
        AsyncAiBotV1BotsBotConfigDiscordResource,
        AsyncAiBotV1BotsBotConfigDiscordResourceWithRawResponse,
    )
    from .slack import (
        AiBotV1BotsBotConfigSlackResource,
        AiBotV1BotsBotConfigSlackResourceWithRawResponse,
        AsyncAiBotV1BotsBotConfigSlackResource,
        AsyncAiBotV1BotsBotConfigSlackResourceWithRawResponse,
    )
    from .teams import (
        AiBotV1BotsBotConfigTeamsResource,
        AiBotV1BotsBotConfigTeamsResourceWithRawResponse,
        AsyncAiBotV1BotsBotConfigTeamsResource,
        AsyncAiBotV1BotsBotConfigTeamsResourceWithRawResponse,
    )
    from .webex import (
        AiBotV1BotsBotConfigWebexResource,
        AiBotV1BotsBotConfigWebexResourceWithRawResponse,
        AsyncAiBotV1BotsBotConfigWebexResource,
        AsyncAiBotV1BotsBotConfigWebexResourceWithRawResponse,
    )
    from .whatsapp import (
        AiBotV1BotsBotConfigWhatsappResource,
        AiBotV1BotsBotConfigWhatsappResourceWithRawResponse,
        AsyncAiBotV1BotsBotConfigWhatsappResource,
        AsyncAiBotV1BotsBotConfigWhatsappResourceWithRawResponse,
    )

__all__ = [
    "AiBotV1BotsBotConfigResource",
    "AiBotV1BotsBotConfigResourceWithRawResponse",
    "AsyncAiBotV1BotsBotConfigResource",
    "AsyncAiBotV1BotsBotConfigResourceWithRawResponse",
]


class AiBotV1BotsBotConfigResource:
    """`Client.ai_bot.v1.bots.bot.config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotConfigResourceWithRawResponse(self)

    @cached_property
    def discord(self) -> AiBotV1BotsBotConfigDiscordResource:
        from .discord import AiBotV1BotsBotConfigDiscordResource

        return AiBotV1BotsBotConfigDiscordResource(self._client)

    @cached_property
    def slack(self) -> AiBotV1BotsBotConfigSlackResource:
        from .slack import AiBotV1BotsBotConfigSlackResource

        return AiBotV1BotsBotConfigSlackResource(self._client)

    @cached_property
    def teams(self) -> AiBotV1BotsBotConfigTeamsResource:
        from .teams import AiBotV1BotsBotConfigTeamsResource

        return AiBotV1BotsBotConfigTeamsResource(self._client)

    @cached_property
    def webex(self) -> AiBotV1BotsBotConfigWebexResource:
        from .webex import AiBotV1BotsBotConfigWebexResource

        return AiBotV1BotsBotConfigWebexResource(self._client)

    @cached_property
    def whatsapp(self) -> AiBotV1BotsBotConfigWhatsappResource:
        from .whatsapp import AiBotV1BotsBotConfigWhatsappResource

        return AiBotV1BotsBotConfigWhatsappResource(self._client)


class AiBotV1BotsBotConfigResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotConfigResource) -> None:
        self._resource = resource

    @cached_property
    def discord(self) -> AiBotV1BotsBotConfigDiscordResourceWithRawResponse:
        from .discord import AiBotV1BotsBotConfigDiscordResourceWithRawResponse

        return AiBotV1BotsBotConfigDiscordResourceWithRawResponse(self._resource.discord)

    @cached_property
    def slack(self) -> AiBotV1BotsBotConfigSlackResourceWithRawResponse:
        from .slack import AiBotV1BotsBotConfigSlackResourceWithRawResponse

        return AiBotV1BotsBotConfigSlackResourceWithRawResponse(self._resource.slack)

    @cached_property
    def teams(self) -> AiBotV1BotsBotConfigTeamsResourceWithRawResponse:
        from .teams import AiBotV1BotsBotConfigTeamsResourceWithRawResponse

        return AiBotV1BotsBotConfigTeamsResourceWithRawResponse(self._resource.teams)

    @cached_property
    def webex(self) -> AiBotV1BotsBotConfigWebexResourceWithRawResponse:
        from .webex import AiBotV1BotsBotConfigWebexResourceWithRawResponse

        return AiBotV1BotsBotConfigWebexResourceWithRawResponse(self._resource.webex)

    @cached_property
    def whatsapp(self) -> AiBotV1BotsBotConfigWhatsappResourceWithRawResponse:
        from .whatsapp import AiBotV1BotsBotConfigWhatsappResourceWithRawResponse

        return AiBotV1BotsBotConfigWhatsappResourceWithRawResponse(self._resource.whatsapp)


class AsyncAiBotV1BotsBotConfigResource:
    """`AsyncClient.ai_bot.v1.bots.bot.config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotConfigResourceWithRawResponse(self)

    @cached_property
    def discord(self) -> AsyncAiBotV1BotsBotConfigDiscordResource:
        from .discord import AsyncAiBotV1BotsBotConfigDiscordResource

        return AsyncAiBotV1BotsBotConfigDiscordResource(self._client)

    @cached_property
    def slack(self) -> AsyncAiBotV1BotsBotConfigSlackResource:
        from .slack import AsyncAiBotV1BotsBotConfigSlackResource

        return AsyncAiBotV1BotsBotConfigSlackResource(self._client)

    @cached_property
    def teams(self) -> AsyncAiBotV1BotsBotConfigTeamsResource:
        from .teams import AsyncAiBotV1BotsBotConfigTeamsResource

        return AsyncAiBotV1BotsBotConfigTeamsResource(self._client)

    @cached_property
    def webex(self) -> AsyncAiBotV1BotsBotConfigWebexResource:
        from .webex import AsyncAiBotV1BotsBotConfigWebexResource

        return AsyncAiBotV1BotsBotConfigWebexResource(self._client)

    @cached_property
    def whatsapp(self) -> AsyncAiBotV1BotsBotConfigWhatsappResource:
        from .whatsapp import AsyncAiBotV1BotsBotConfigWhatsappResource

        return AsyncAiBotV1BotsBotConfigWhatsappResource(self._client)


class AsyncAiBotV1BotsBotConfigResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotConfigResource) -> None:
        self._resource = resource

    @cached_property
    def discord(self) -> AsyncAiBotV1BotsBotConfigDiscordResourceWithRawResponse:
        from .discord import AsyncAiBotV1BotsBotConfigDiscordResourceWithRawResponse

        return AsyncAiBotV1BotsBotConfigDiscordResourceWithRawResponse(self._resource.discord)

    @cached_property
    def slack(self) -> AsyncAiBotV1BotsBotConfigSlackResourceWithRawResponse:
        from .slack import AsyncAiBotV1BotsBotConfigSlackResourceWithRawResponse

        return AsyncAiBotV1BotsBotConfigSlackResourceWithRawResponse(self._resource.slack)

    @cached_property
    def teams(self) -> AsyncAiBotV1BotsBotConfigTeamsResourceWithRawResponse:
        from .teams import AsyncAiBotV1BotsBotConfigTeamsResourceWithRawResponse

        return AsyncAiBotV1BotsBotConfigTeamsResourceWithRawResponse(self._resource.teams)

    @cached_property
    def webex(self) -> AsyncAiBotV1BotsBotConfigWebexResourceWithRawResponse:
        from .webex import AsyncAiBotV1BotsBotConfigWebexResourceWithRawResponse

        return AsyncAiBotV1BotsBotConfigWebexResourceWithRawResponse(self._resource.webex)

    @cached_property
    def whatsapp(self) -> AsyncAiBotV1BotsBotConfigWhatsappResourceWithRawResponse:
        from .whatsapp import AsyncAiBotV1BotsBotConfigWhatsappResourceWithRawResponse

        return AsyncAiBotV1BotsBotConfigWhatsappResourceWithRawResponse(self._resource.whatsapp)
