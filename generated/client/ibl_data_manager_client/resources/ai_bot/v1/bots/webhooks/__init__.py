"""`Client.ai_bot.v1.bots.webhooks`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .discord import (
        AiBotV1BotsWebhooksDiscordResource,
        AiBotV1BotsWebhooksDiscordResourceWithRawResponse,
        AsyncAiBotV1BotsWebhooksDiscordResource,
        AsyncAiBotV1BotsWebhooksDiscordResourceWithRawResponse,
    )
    from .slack import (
        AiBotV1BotsWebhooksSlackResource,
        AiBotV1BotsWebhooksSlackResourceWithRawResponse,
        AsyncAiBotV1BotsWebhooksSlackResource,
        AsyncAiBotV1BotsWebhooksSlackResourceWithRawResponse,
    )
    from .teams import (
        AiBotV1BotsWebhooksTeamsResource,
        AiBotV1BotsWebhooksTeamsResourceWithRawResponse,
        AsyncAiBotV1BotsWebhooksTeamsResource,
        AsyncAiBotV1BotsWebhooksTeamsResourceWithRawResponse,
    )
    from .webex import (
        AiBotV1BotsWebhooksWebexResource,
        AiBotV1BotsWebhooksWebexResourceWithRawResponse,
        AsyncAiBotV1BotsWebhooksWebexResource,
        AsyncAiBotV1BotsWebhooksWebexResourceWithRawResponse,
    )
    from .whatsapp import (
        AiBotV1BotsWebhooksWhatsappResource,
        AiBotV1BotsWebhooksWhatsappResourceWithRawResponse,
        AsyncAiBotV1BotsWebhooksWhatsappResource,
        AsyncAiBotV1BotsWebhooksWhatsappResourceWithRawResponse,
    )

__all__ = [
    "AiBotV1BotsWebhooksResource",
    "AiBotV1BotsWebhooksResourceWithRawResponse",
    "AsyncAiBotV1BotsWebhooksResource",
    "AsyncAiBotV1BotsWebhooksResourceWithRawResponse",
]


class AiBotV1BotsWebhooksResource:
    """`Client.ai_bot.v1.bots.webhooks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsWebhooksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsWebhooksResourceWithRawResponse(self)

    @cached_property
    def discord(self) -> AiBotV1BotsWebhooksDiscordResource:
        from .discord import AiBotV1BotsWebhooksDiscordResource

        return AiBotV1BotsWebhooksDiscordResource(self._client)

    @cached_property
    def slack(self) -> AiBotV1BotsWebhooksSlackResource:
        from .slack import AiBotV1BotsWebhooksSlackResource

        return AiBotV1BotsWebhooksSlackResource(self._client)

    @cached_property
    def teams(self) -> AiBotV1BotsWebhooksTeamsResource:
        from .teams import AiBotV1BotsWebhooksTeamsResource

        return AiBotV1BotsWebhooksTeamsResource(self._client)

    @cached_property
    def webex(self) -> AiBotV1BotsWebhooksWebexResource:
        from .webex import AiBotV1BotsWebhooksWebexResource

        return AiBotV1BotsWebhooksWebexResource(self._client)

    @cached_property
    def whatsapp(self) -> AiBotV1BotsWebhooksWhatsappResource:
        from .whatsapp import AiBotV1BotsWebhooksWhatsappResource

        return AiBotV1BotsWebhooksWhatsappResource(self._client)


class AiBotV1BotsWebhooksResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.webhooks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsWebhooksResource) -> None:
        self._resource = resource

    @cached_property
    def discord(self) -> AiBotV1BotsWebhooksDiscordResourceWithRawResponse:
        from .discord import AiBotV1BotsWebhooksDiscordResourceWithRawResponse

        return AiBotV1BotsWebhooksDiscordResourceWithRawResponse(self._resource.discord)

    @cached_property
    def slack(self) -> AiBotV1BotsWebhooksSlackResourceWithRawResponse:
        from .slack import AiBotV1BotsWebhooksSlackResourceWithRawResponse

        return AiBotV1BotsWebhooksSlackResourceWithRawResponse(self._resource.slack)

    @cached_property
    def teams(self) -> AiBotV1BotsWebhooksTeamsResourceWithRawResponse:
        from .teams import AiBotV1BotsWebhooksTeamsResourceWithRawResponse

        return AiBotV1BotsWebhooksTeamsResourceWithRawResponse(self._resource.teams)

    @cached_property
    def webex(self) -> AiBotV1BotsWebhooksWebexResourceWithRawResponse:
        from .webex import AiBotV1BotsWebhooksWebexResourceWithRawResponse

        return AiBotV1BotsWebhooksWebexResourceWithRawResponse(self._resource.webex)

    @cached_property
    def whatsapp(self) -> AiBotV1BotsWebhooksWhatsappResourceWithRawResponse:
        from .whatsapp import AiBotV1BotsWebhooksWhatsappResourceWithRawResponse

        return AiBotV1BotsWebhooksWhatsappResourceWithRawResponse(self._resource.whatsapp)


class AsyncAiBotV1BotsWebhooksResource:
    """`AsyncClient.ai_bot.v1.bots.webhooks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsWebhooksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsWebhooksResourceWithRawResponse(self)

    @cached_property
    def discord(self) -> AsyncAiBotV1BotsWebhooksDiscordResource:
        from .discord import AsyncAiBotV1BotsWebhooksDiscordResource

        return AsyncAiBotV1BotsWebhooksDiscordResource(self._client)

    @cached_property
    def slack(self) -> AsyncAiBotV1BotsWebhooksSlackResource:
        from .slack import AsyncAiBotV1BotsWebhooksSlackResource

        return AsyncAiBotV1BotsWebhooksSlackResource(self._client)

    @cached_property
    def teams(self) -> AsyncAiBotV1BotsWebhooksTeamsResource:
        from .teams import AsyncAiBotV1BotsWebhooksTeamsResource

        return AsyncAiBotV1BotsWebhooksTeamsResource(self._client)

    @cached_property
    def webex(self) -> AsyncAiBotV1BotsWebhooksWebexResource:
        from .webex import AsyncAiBotV1BotsWebhooksWebexResource

        return AsyncAiBotV1BotsWebhooksWebexResource(self._client)

    @cached_property
    def whatsapp(self) -> AsyncAiBotV1BotsWebhooksWhatsappResource:
        from .whatsapp import AsyncAiBotV1BotsWebhooksWhatsappResource

        return AsyncAiBotV1BotsWebhooksWhatsappResource(self._client)


class AsyncAiBotV1BotsWebhooksResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.webhooks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsWebhooksResource) -> None:
        self._resource = resource

    @cached_property
    def discord(self) -> AsyncAiBotV1BotsWebhooksDiscordResourceWithRawResponse:
        from .discord import AsyncAiBotV1BotsWebhooksDiscordResourceWithRawResponse

        return AsyncAiBotV1BotsWebhooksDiscordResourceWithRawResponse(self._resource.discord)

    @cached_property
    def slack(self) -> AsyncAiBotV1BotsWebhooksSlackResourceWithRawResponse:
        from .slack import AsyncAiBotV1BotsWebhooksSlackResourceWithRawResponse

        return AsyncAiBotV1BotsWebhooksSlackResourceWithRawResponse(self._resource.slack)

    @cached_property
    def teams(self) -> AsyncAiBotV1BotsWebhooksTeamsResourceWithRawResponse:
        from .teams import AsyncAiBotV1BotsWebhooksTeamsResourceWithRawResponse

        return AsyncAiBotV1BotsWebhooksTeamsResourceWithRawResponse(self._resource.teams)

    @cached_property
    def webex(self) -> AsyncAiBotV1BotsWebhooksWebexResourceWithRawResponse:
        from .webex import AsyncAiBotV1BotsWebhooksWebexResourceWithRawResponse

        return AsyncAiBotV1BotsWebhooksWebexResourceWithRawResponse(self._resource.webex)

    @cached_property
    def whatsapp(self) -> AsyncAiBotV1BotsWebhooksWhatsappResourceWithRawResponse:
        from .whatsapp import AsyncAiBotV1BotsWebhooksWhatsappResourceWithRawResponse

        return AsyncAiBotV1BotsWebhooksWhatsappResourceWithRawResponse(self._resource.whatsapp)
