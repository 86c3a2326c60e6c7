"""`Client.ai_bot.v1.bots.webhooks.teams`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_teams_create as _ai_bot_v1_bots_webhooks_teams_create,
)
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_teams_retrieve as _ai_bot_v1_bots_webhooks_teams_retrieve,
)
from .......models.teams_webhook import TeamsWebhook
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsWebhooksTeamsResource",
    "AiBotV1BotsWebhooksTeamsResourceWithRawResponse",
    "AsyncAiBotV1BotsWebhooksTeamsResource",
    "AsyncAiBotV1BotsWebhooksTeamsResourceWithRawResponse",
]


class AiBotV1BotsWebhooksTeamsResource:
    """`Client.ai_bot.v1.bots.webhooks.teams`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsWebhooksTeamsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsWebhooksTeamsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook:
        """GET /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/

        Args:
            org (str, path)
            name (str, path)

        Returns:
            TeamsWebhook
        """
        return self._client._send(
            _ai_bot_v1_bots_webhooks_teams_retrieve.OPERATION,
            _ai_bot_v1_bots_webhooks_teams_retrieve.build_request(org=org, name=name),
            options,
        )

    def create(
        self,
        *,
        org: str,
        name: str,
        body: TeamsWebhook | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook:
        """POST /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/

        Args:
            org (str, path)
            name (str, path)
            body (TeamsWebhook | Unset, request body)

        Returns:
            TeamsWebhook
        """
        return self._client._send(
            _ai_bot_v1_bots_webhooks_teams_create.OPERATION,
            _ai_bot_v1_bots_webhooks_teams_create.build_request(org=org, name=name, body=body),
            options,
        )


class AiBotV1BotsWebhooksTeamsResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.webhooks.teams`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsWebhooksTeamsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiBotV1BotsWebhooksTeamsResource:
    """`AsyncClient.ai_bot.v1.bots.webhooks.teams`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsWebhooksTeamsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsWebhooksTeamsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook:
        """GET /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/

        Args:
            org (str, path)
            name (str, path)

        Returns:
            TeamsWebhook
        """
        return await self._client._send(
            _ai_bot_v1_bots_webhooks_teams_retrieve.OPERATION,
            _ai_bot_v1_bots_webhooks_teams_retrieve.build_request(org=org, name=name),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        name: str,
        body: TeamsWebhook | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook:
        """POST /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/

        Args:
            org (str, path)
            name (str, path)
            body (TeamsWebhook | Unset, request body)

        Returns:
            TeamsWebhook
        """
        return await self._client._send(
            _ai_bot_v1_bots_webhooks_teams_create.OPERATION,
            _ai_bot_v1_bots_webhooks_teams_create.build_request(org=org, name=name, body=body),
            options,
        )


class AsyncAiBotV1BotsWebhooksTeamsResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.webhooks.teams`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsWebhooksTeamsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
