"""`Client.ai_bot.v1.bots.webhooks.slack`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_slack_create as _ai_bot_v1_bots_webhooks_slack_create,
)
from .......models.slack_webhook import SlackWebhook
from .......models.slack_webhook_event import SlackWebhookEvent
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsWebhooksSlackResource",
    "AiBotV1BotsWebhooksSlackResourceWithRawResponse",
    "AsyncAiBotV1BotsWebhooksSlackResource",
    "AsyncAiBotV1BotsWebhooksSlackResourceWithRawResponse",
]


class AiBotV1BotsWebhooksSlackResource:
    """`Client.ai_bot.v1.bots.webhooks.slack`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsWebhooksSlackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsWebhooksSlackResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        body: SlackWebhook,
        **options: Unpack[RequestOptions],
    ) -> SlackWebhook: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        type_: str,
        event: SlackWebhookEvent,
        command: str,
        response_url: str,
        **options: Unpack[RequestOptions],
    ) -> SlackWebhook: ...

    def create(
        self,
        *,
        org: str,
        name: str,
        body: SlackWebhook | Unset = UNSET,
        type_: str | Unset = UNSET,
        event: SlackWebhookEvent | Unset = UNSET,
        command: str | Unset = UNSET,
        response_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackWebhook:
        """POST /api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/

        Args:
            org (str, path)
            name (str, path)
            body (SlackWebhook, request body)
            Or the body's fields as keywords instead of body=: type_, event, command,
                response_url

        Returns:
            SlackWebhook
        """
        body = body_from_fields(
            "ai_bot.v1.bots.webhooks.slack.create",
            body,
            SlackWebhook,
            ["type_", "event", "command", "response_url"],
            (
                ("type_", "type_", type_),
                ("event", "event", event),
                ("command", "command", command),
                ("response_url", "response_url", response_url),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_webhooks_slack_create.OPERATION,
            _ai_bot_v1_bots_webhooks_slack_create.build_request(org=org, name=name, body=body),
            options,
        )


class AiBotV1BotsWebhooksSlackResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.webhooks.slack`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsWebhooksSlackResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiBotV1BotsWebhooksSlackResource:
    """`AsyncClient.ai_bot.v1.bots.webhooks.slack`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsWebhooksSlackResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsWebhooksSlackResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        body: SlackWebhook,
        **options: Unpack[RequestOptions],
    ) -> SlackWebhook: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        type_: str,
        event: SlackWebhookEvent,
        command: str,
        response_url: str,
        **options: Unpack[RequestOptions],
    ) -> SlackWebhook: ...

    async def create(
        self,
        *,
        org: str,
        name: str,
        body: SlackWebhook | Unset = UNSET,
        type_: str | Unset = UNSET,
        event: SlackWebhookEvent | Unset = UNSET,
        command: str | Unset = UNSET,
        response_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackWebhook:
        """POST /api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/

        Args:
            org (str, path)
            name (str, path)
            body (SlackWebhook, request body)
            Or the body's fields as keywords instead of body=: type_, event, command,
                response_url

        Returns:
            SlackWebhook
        """
        body = body_from_fields(
            "ai_bot.v1.bots.webhooks.slack.create",
            body,
            SlackWebhook,
            ["type_", "event", "command", "response_url"],
            (
                ("type_", "type_", type_),
                ("event", "event", event),
                ("command", "command", command),
                ("response_url", "response_url", response_url),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_webhooks_slack_create.OPERATION,
            _ai_bot_v1_bots_webhooks_slack_create.build_request(org=org, name=name, body=body),
            options,
        )


class AsyncAiBotV1BotsWebhooksSlackResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.webhooks.slack`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsWebhooksSlackResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
