"""`Client.ai_bot.v1.bots.webhooks.webex`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_webex_create as _ai_bot_v1_bots_webhooks_webex_create,
)
from .......models.webex_webhook import WebexWebhook
from .......models.webex_webhook_data import WebexWebhookData
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsWebhooksWebexResource",
    "AiBotV1BotsWebhooksWebexResourceWithRawResponse",
    "AsyncAiBotV1BotsWebhooksWebexResource",
    "AsyncAiBotV1BotsWebhooksWebexResourceWithRawResponse",
]


class AiBotV1BotsWebhooksWebexResource:
    """`Client.ai_bot.v1.bots.webhooks.webex`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsWebhooksWebexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsWebhooksWebexResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        body: WebexWebhook,
        **options: Unpack[RequestOptions],
    ) -> WebexWebhook: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        data: WebexWebhookData,
        resource: str,
        **options: Unpack[RequestOptions],
    ) -> WebexWebhook: ...

    def create(
        self,
        *,
        org: str,
        name: str,
        body: WebexWebhook | Unset = UNSET,
        data: WebexWebhookData | Unset = UNSET,
        resource: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebexWebhook:
        """Webhook endpoint to receive and process discord messages.

        Args:
            org (str, path)
            name (str, path)
            body (WebexWebhook, request body)
            Or the body's fields as keywords instead of body=: data, resource

        Returns:
            WebexWebhook
        """
        body = body_from_fields(
            "ai_bot.v1.bots.webhooks.webex.create",
            body,
            WebexWebhook,
            ["data", "resource"],
            (
                ("data", "data", data),
                ("resource", "resource", resource),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_webhooks_webex_create.OPERATION,
            _ai_bot_v1_bots_webhooks_webex_create.build_request(org=org, name=name, body=body),
            options,
        )


class AiBotV1BotsWebhooksWebexResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.webhooks.webex`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsWebhooksWebexResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiBotV1BotsWebhooksWebexResource:
    """`AsyncClient.ai_bot.v1.bots.webhooks.webex`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsWebhooksWebexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsWebhooksWebexResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        body: WebexWebhook,
        **options: Unpack[RequestOptions],
    ) -> WebexWebhook: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        data: WebexWebhookData,
        resource: str,
        **options: Unpack[RequestOptions],
    ) -> WebexWebhook: ...

    async def create(
        self,
        *,
        org: str,
        name: str,
        body: WebexWebhook | Unset = UNSET,
        data: WebexWebhookData | Unset = UNSET,
        resource: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebexWebhook:
        """Webhook endpoint to receive and process discord messages.

        Args:
            org (str, path)
            name (str, path)
            body (WebexWebhook, request body)
            Or the body's fields as keywords instead of body=: data, resource

        Returns:
            WebexWebhook
        """
        body = body_from_fields(
            "ai_bot.v1.bots.webhooks.webex.create",
            body,
            WebexWebhook,
            ["data", "resource"],
            (
                ("data", "data", data),
                ("resource", "resource", resource),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_webhooks_webex_create.OPERATION,
            _ai_bot_v1_bots_webhooks_webex_create.build_request(org=org, name=name, body=body),
            options,
        )


class AsyncAiBotV1BotsWebhooksWebexResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.webhooks.webex`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsWebhooksWebexResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
