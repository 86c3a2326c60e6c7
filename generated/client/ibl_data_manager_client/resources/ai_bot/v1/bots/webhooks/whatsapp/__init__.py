"""`Client.ai_bot.v1.bots.webhooks.whatsapp`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_whatsapp_create as _ai_bot_v1_bots_webhooks_whatsapp_create,
)
from .......api.ai_bot import (
    ai_bot_v1_bots_webhooks_whatsapp_retrieve as _ai_bot_v1_bots_webhooks_whatsapp_retrieve,
)
from .......models.what_app_web_hook import WhatAppWebHook
from .......models.what_app_web_hook_entry_item import WhatAppWebHookEntryItem
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsWebhooksWhatsappResource",
    "AiBotV1BotsWebhooksWhatsappResourceWithRawResponse",
    "AsyncAiBotV1BotsWebhooksWhatsappResource",
    "AsyncAiBotV1BotsWebhooksWhatsappResourceWithRawResponse",
]


class AiBotV1BotsWebhooksWhatsappResource:
    """`Client.ai_bot.v1.bots.webhooks.whatsapp`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsWebhooksWhatsappResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsWebhooksWhatsappResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> WhatAppWebHook:
        """Respond to whatsapp's webhook challenge. Parameters Required include the tenant key
        (org) and the name of the bot: (name)

        Args:
            org (str, path)
            name (str, path)

        Returns:
            WhatAppWebHook
        """
        return self._client._send(
            _ai_bot_v1_bots_webhooks_whatsapp_retrieve.OPERATION,
            _ai_bot_v1_bots_webhooks_whatsapp_retrieve.build_request(org=org, name=name),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        body: WhatAppWebHook,
        **options: Unpack[RequestOptions],
    ) -> WhatAppWebHook: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        entry: list[WhatAppWebHookEntryItem],
        **options: Unpack[RequestOptions],
    ) -> WhatAppWebHook: ...

    def create(
        self,
        *,
        org: str,
        name: str,
        body: WhatAppWebHook | Unset = UNSET,
        entry: list[WhatAppWebHookEntryItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatAppWebHook:
        """Accept and process webhook events from whatsapp.

        Args:
            org (str, path)
            name (str, path)
            body (WhatAppWebHook, request body)
            Or the body's fields as keywords instead of body=: entry

        Returns:
            WhatAppWebHook
        """
        body = body_from_fields(
            "ai_bot.v1.bots.webhooks.whatsapp.create",
            body,
            WhatAppWebHook,
            ["entry"],
            (("entry", "entry", entry),),
        )
        return self._client._send(
            _ai_bot_v1_bots_webhooks_whatsapp_create.OPERATION,
            _ai_bot_v1_bots_webhooks_whatsapp_create.build_request(org=org, name=name, body=body),
            options,
        )


class AiBotV1BotsWebhooksWhatsappResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.webhooks.whatsapp`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsWebhooksWhatsappResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiBotV1BotsWebhooksWhatsappResource:
    """`AsyncClient.ai_bot.v1.bots.webhooks.whatsapp`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsWebhooksWhatsappResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsWebhooksWhatsappResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> WhatAppWebHook:
        """Respond to whatsapp's webhook challenge. Parameters Required include the tenant key
        (org) and the name of the bot: (name)

        Args:
            org (str, path)
            name (str, path)

        Returns:
            WhatAppWebHook
        """
        return await self._client._send(
            _ai_bot_v1_bots_webhooks_whatsapp_retrieve.OPERATION,
            _ai_bot_v1_bots_webhooks_whatsapp_retrieve.build_request(org=org, name=name),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        body: WhatAppWebHook,
        **options: Unpack[RequestOptions],
    ) -> WhatAppWebHook: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        entry: list[WhatAppWebHookEntryItem],
        **options: Unpack[RequestOptions],
    ) -> WhatAppWebHook: ...

    async def create(
        self,
        *,
        org: str,
        name: str,
        body: WhatAppWebHook | Unset = UNSET,
        entry: list[WhatAppWebHookEntryItem] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatAppWebHook:
        """Accept and process webhook events from whatsapp.

        Args:
            org (str, path)
            name (str, path)
            body (WhatAppWebHook, request body)
            Or the body's fields as keywords instead of body=: entry

        Returns:
            WhatAppWebHook
        """
        body = body_from_fields(
            "ai_bot.v1.bots.webhooks.whatsapp.create",
            body,
            WhatAppWebHook,
            ["entry"],
            (("entry", "entry", entry),),
        )
        return await self._client._send(
            _ai_bot_v1_bots_webhooks_whatsapp_create.OPERATION,
            _ai_bot_v1_bots_webhooks_whatsapp_create.build_request(org=org, name=name, body=body),
            options,
        )


class AsyncAiBotV1BotsWebhooksWhatsappResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.webhooks.whatsapp`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsWebhooksWhatsappResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
