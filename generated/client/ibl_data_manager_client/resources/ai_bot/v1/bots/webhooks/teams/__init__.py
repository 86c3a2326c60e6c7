"""`Client.ai_bot.v1.bots.webhooks.teams`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_teams_create as _ai_bot_v1_bots_webhooks_teams_create,
)
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_teams_retrieve as _ai_bot_v1_bots_webhooks_teams_retrieve,
)
from .......models.teams_webhook import TeamsWebhook
from .......models.teams_webhook_channel_data import TeamsWebhookChannelData
from .......models.teams_webhook_conversation import TeamsWebhookConversation
from .......models.teams_webhook_from import TeamsWebhookFrom
from .......models.teams_webhook_recipient import TeamsWebhookRecipient
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

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        body: TeamsWebhook | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        id: None | str | Unset = UNSET,
        type_: None | str | Unset = UNSET,
        channel_data: None | TeamsWebhookChannelData | Unset = UNSET,
        entities: list[Any] | None | Unset = UNSET,
        text: None | str | Unset = UNSET,
        locale: None | str | Unset = UNSET,
        text_format: None | str | Unset = UNSET,
        recipient: None | TeamsWebhookRecipient | Unset = UNSET,
        conversation: None | TeamsWebhookConversation | Unset = UNSET,
        from_: None | TeamsWebhookFrom | Unset = UNSET,
        channel_id: None | str | Unset = UNSET,
        service_url: None | str | Unset = UNSET,
        local_timezone: None | str | Unset = UNSET,
        local_timestamp: None | str | Unset = UNSET,
        timestamp: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook: ...

    def create(
        self,
        *,
        org: str,
        name: str,
        body: TeamsWebhook | Unset = UNSET,
        id: None | str | Unset = UNSET,
        type_: None | str | Unset = UNSET,
        channel_data: None | TeamsWebhookChannelData | Unset = UNSET,
        entities: list[Any] | None | Unset = UNSET,
        text: None | str | Unset = UNSET,
        locale: None | str | Unset = UNSET,
        text_format: None | str | Unset = UNSET,
        recipient: None | TeamsWebhookRecipient | Unset = UNSET,
        conversation: None | TeamsWebhookConversation | Unset = UNSET,
        from_: None | TeamsWebhookFrom | Unset = UNSET,
        channel_id: None | str | Unset = UNSET,
        service_url: None | str | Unset = UNSET,
        local_timezone: None | str | Unset = UNSET,
        local_timestamp: None | str | Unset = UNSET,
        timestamp: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook:
        """POST /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/

        Args:
            org (str, path)
            name (str, path)
            body (TeamsWebhook | Unset, request body)
            Or the body's fields as keywords instead of body=: id, type_, channel_data,
                entities, text, locale, text_format, recipient, conversation, from_, channel_id,
                service_url, local_timezone, local_timestamp, timestamp

        Returns:
            TeamsWebhook
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.webhooks.teams.create",
            body,
            TeamsWebhook,
            [],
            (
                ("id", "id", id),
                ("type_", "type_", type_),
                ("channel_data", "channel_data", channel_data),
                ("entities", "entities", entities),
                ("text", "text", text),
                ("locale", "locale", locale),
                ("text_format", "text_format", text_format),
                ("recipient", "recipient", recipient),
                ("conversation", "conversation", conversation),
                ("from_", "from_", from_),
                ("channel_id", "channel_id", channel_id),
                ("service_url", "service_url", service_url),
                ("local_timezone", "local_timezone", local_timezone),
                ("local_timestamp", "local_timestamp", local_timestamp),
                ("timestamp", "timestamp", timestamp),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        body: TeamsWebhook | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        id: None | str | Unset = UNSET,
        type_: None | str | Unset = UNSET,
        channel_data: None | TeamsWebhookChannelData | Unset = UNSET,
        entities: list[Any] | None | Unset = UNSET,
        text: None | str | Unset = UNSET,
        locale: None | str | Unset = UNSET,
        text_format: None | str | Unset = UNSET,
        recipient: None | TeamsWebhookRecipient | Unset = UNSET,
        conversation: None | TeamsWebhookConversation | Unset = UNSET,
        from_: None | TeamsWebhookFrom | Unset = UNSET,
        channel_id: None | str | Unset = UNSET,
        service_url: None | str | Unset = UNSET,
        local_timezone: None | str | Unset = UNSET,
        local_timestamp: None | str | Unset = UNSET,
        timestamp: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook: ...

    async def create(
        self,
        *,
        org: str,
        name: str,
        body: TeamsWebhook | Unset = UNSET,
        id: None | str | Unset = UNSET,
        type_: None | str | Unset = UNSET,
        channel_data: None | TeamsWebhookChannelData | Unset = UNSET,
        entities: list[Any] | None | Unset = UNSET,
        text: None | str | Unset = UNSET,
        locale: None | str | Unset = UNSET,
        text_format: None | str | Unset = UNSET,
        recipient: None | TeamsWebhookRecipient | Unset = UNSET,
        conversation: None | TeamsWebhookConversation | Unset = UNSET,
        from_: None | TeamsWebhookFrom | Unset = UNSET,
        channel_id: None | str | Unset = UNSET,
        service_url: None | str | Unset = UNSET,
        local_timezone: None | str | Unset = UNSET,
        local_timestamp: None | str | Unset = UNSET,
        timestamp: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsWebhook:
        """POST /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/

        Args:
            org (str, path)
            name (str, path)
            body (TeamsWebhook | Unset, request body)
            Or the body's fields as keywords instead of body=: id, type_, channel_data,
                entities, text, locale, text_format, recipient, conversation, from_, channel_id,
                service_url, local_timezone, local_timestamp, timestamp

        Returns:
            TeamsWebhook
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.webhooks.teams.create",
            body,
            TeamsWebhook,
            [],
            (
                ("id", "id", id),
                ("type_", "type_", type_),
                ("channel_data", "channel_data", channel_data),
                ("entities", "entities", entities),
                ("text", "text", text),
                ("locale", "locale", locale),
                ("text_format", "text_format", text_format),
                ("recipient", "recipient", recipient),
                ("conversation", "conversation", conversation),
                ("from_", "from_", from_),
                ("channel_id", "channel_id", channel_id),
                ("service_url", "service_url", service_url),
                ("local_timezone", "local_timezone", local_timezone),
                ("local_timestamp", "local_timestamp", local_timestamp),
                ("timestamp", "timestamp", timestamp),
            ),
        )
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
