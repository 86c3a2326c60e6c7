"""`Client.ai_bot.v1.bots.bot.whatsapp_config`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_bot import (
    ai_bot_v1_bots_bot_whatsapp_config_partial_update as _ai_bot_v1_bots_bot_whatsapp_config_partial_update,
)
from .......api.ai_bot import (
    ai_bot_v1_bots_bot_whatsapp_config_update as _ai_bot_v1_bots_bot_whatsapp_config_update,
)
from .......models.patched_whatsapp_config import PatchedWhatsappConfig
from .......models.whatsapp_config import WhatsappConfig
from .......models.whatsapp_config_request import WhatsappConfigRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsBotWhatsappConfigResource",
    "AiBotV1BotsBotWhatsappConfigResourceWithRawResponse",
    "AsyncAiBotV1BotsBotWhatsappConfigResource",
    "AsyncAiBotV1BotsBotWhatsappConfigResourceWithRawResponse",
]


class AiBotV1BotsBotWhatsappConfigResource:
    """`Client.ai_bot.v1.bots.bot.whatsapp_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotWhatsappConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotWhatsappConfigResourceWithRawResponse(self)

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWhatsappConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        phone_number_id: str | Unset = UNSET,
        application_secret: str | Unset = UNSET,
        webhook_verification_token: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWhatsappConfig | Unset = UNSET,
        phone_number_id: str | Unset = UNSET,
        application_secret: str | Unset = UNSET,
        webhook_verification_token: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedWhatsappConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: phone_number_id,
                application_secret, webhook_verification_token, access_token

        Returns:
            WhatsappConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.whatsapp_config.partial_update",
            body,
            PatchedWhatsappConfig,
            [],
            (
                ("phone_number_id", "phone_number_id", phone_number_id),
                ("application_secret", "application_secret", application_secret),
                (
                    "webhook_verification_token",
                    "webhook_verification_token",
                    webhook_verification_token,
                ),
                ("access_token", "access_token", access_token),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_whatsapp_config_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_whatsapp_config_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: WhatsappConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        phone_number_id: str,
        application_secret: str,
        webhook_verification_token: str,
        access_token: str,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: WhatsappConfigRequest | Unset = UNSET,
        phone_number_id: str | Unset = UNSET,
        application_secret: str | Unset = UNSET,
        webhook_verification_token: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (WhatsappConfigRequest, request body)
            Or the body's fields as keywords instead of body=: phone_number_id,
                application_secret, webhook_verification_token, access_token

        Returns:
            WhatsappConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.whatsapp_config.update",
            body,
            WhatsappConfigRequest,
            ["phone_number_id", "application_secret", "webhook_verification_token", "access_token"],
            (
                ("phone_number_id", "phone_number_id", phone_number_id),
                ("application_secret", "application_secret", application_secret),
                (
                    "webhook_verification_token",
                    "webhook_verification_token",
                    webhook_verification_token,
                ),
                ("access_token", "access_token", access_token),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_whatsapp_config_update.OPERATION,
            _ai_bot_v1_bots_bot_whatsapp_config_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiBotV1BotsBotWhatsappConfigResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.whatsapp_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotWhatsappConfigResource) -> None:
        self._resource = resource
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiBotV1BotsBotWhatsappConfigResource:
    """`AsyncClient.ai_bot.v1.bots.bot.whatsapp_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotWhatsappConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotWhatsappConfigResourceWithRawResponse(self)

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWhatsappConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        phone_number_id: str | Unset = UNSET,
        application_secret: str | Unset = UNSET,
        webhook_verification_token: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWhatsappConfig | Unset = UNSET,
        phone_number_id: str | Unset = UNSET,
        application_secret: str | Unset = UNSET,
        webhook_verification_token: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedWhatsappConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: phone_number_id,
                application_secret, webhook_verification_token, access_token

        Returns:
            WhatsappConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.whatsapp_config.partial_update",
            body,
            PatchedWhatsappConfig,
            [],
            (
                ("phone_number_id", "phone_number_id", phone_number_id),
                ("application_secret", "application_secret", application_secret),
                (
                    "webhook_verification_token",
                    "webhook_verification_token",
                    webhook_verification_token,
                ),
                ("access_token", "access_token", access_token),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_whatsapp_config_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_whatsapp_config_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: WhatsappConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        phone_number_id: str,
        application_secret: str,
        webhook_verification_token: str,
        access_token: str,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: WhatsappConfigRequest | Unset = UNSET,
        phone_number_id: str | Unset = UNSET,
        application_secret: str | Unset = UNSET,
        webhook_verification_token: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (WhatsappConfigRequest, request body)
            Or the body's fields as keywords instead of body=: phone_number_id,
                application_secret, webhook_verification_token, access_token

        Returns:
            WhatsappConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.whatsapp_config.update",
            body,
            WhatsappConfigRequest,
            ["phone_number_id", "application_secret", "webhook_verification_token", "access_token"],
            (
                ("phone_number_id", "phone_number_id", phone_number_id),
                ("application_secret", "application_secret", application_secret),
                (
                    "webhook_verification_token",
                    "webhook_verification_token",
                    webhook_verification_token,
                ),
                ("access_token", "access_token", access_token),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_whatsapp_config_update.OPERATION,
            _ai_bot_v1_bots_bot_whatsapp_config_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiBotV1BotsBotWhatsappConfigResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.whatsapp_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotWhatsappConfigResource) -> None:
        self._resource = resource
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
