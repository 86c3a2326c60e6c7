"""`Client.ai_bot.v1.bots.bot`: 6 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_bot import ai_bot_v1_bots_bot_create as _ai_bot_v1_bots_bot_create
from ......api.ai_bot import ai_bot_v1_bots_bot_destroy as _ai_bot_v1_bots_bot_destroy
from ......api.ai_bot import ai_bot_v1_bots_bot_list as _ai_bot_v1_bots_bot_list
from ......api.ai_bot import ai_bot_v1_bots_bot_partial_update as _ai_bot_v1_bots_bot_partial_update
from ......api.ai_bot import ai_bot_v1_bots_bot_retrieve as _ai_bot_v1_bots_bot_retrieve
from ......api.ai_bot import ai_bot_v1_bots_bot_update as _ai_bot_v1_bots_bot_update
from ......models.bot import Bot
from ......models.bot_create import BotCreate
from ......models.bot_create_request import BotCreateRequest
from ......models.patched_bot_create import PatchedBotCreate
from ......models.provider_05c_enum import Provider05CEnum
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .config import (
        AiBotV1BotsBotConfigResource,
        AiBotV1BotsBotConfigResourceWithRawResponse,
        AsyncAiBotV1BotsBotConfigResource,
        AsyncAiBotV1BotsBotConfigResourceWithRawResponse,
    )
    from .whatsapp_config import (
        AiBotV1BotsBotWhatsappConfigResource,
        AiBotV1BotsBotWhatsappConfigResourceWithRawResponse,
        AsyncAiBotV1BotsBotWhatsappConfigResource,
        AsyncAiBotV1BotsBotWhatsappConfigResourceWithRawResponse,
    )

__all__ = [
    "AiBotV1BotsBotResource",
    "AiBotV1BotsBotResourceWithRawResponse",
    "AsyncAiBotV1BotsBotResource",
    "AsyncAiBotV1BotsBotResourceWithRawResponse",
]


class AiBotV1BotsBotResource:
    """`Client.ai_bot.v1.bots.bot`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotResourceWithRawResponse(self)

    @cached_property
    def config(self) -> AiBotV1BotsBotConfigResource:
        from .config import AiBotV1BotsBotConfigResource

        return AiBotV1BotsBotConfigResource(self._client)

    @cached_property
    def whatsapp_config(self) -> AiBotV1BotsBotWhatsappConfigResource:
        from .whatsapp_config import AiBotV1BotsBotWhatsappConfigResource

        return AiBotV1BotsBotWhatsappConfigResource(self._client)

    def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[Bot]:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)

        Returns:
            list[Bot]
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_list.OPERATION,
            _ai_bot_v1_bots_bot_list.build_request(org=org),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: BotCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        provider: Provider05CEnum,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    def create(
        self,
        *,
        org: str,
        body: BotCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        provider: Provider05CEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            body (BotCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, provider

        Returns:
            BotCreate
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.create",
            body,
            BotCreateRequest,
            ["name", "provider"],
            (
                ("name", "name", name),
                ("provider", "provider", provider),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_create.OPERATION,
            _ai_bot_v1_bots_bot_create.build_request(org=org, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_destroy.OPERATION,
            _ai_bot_v1_bots_bot_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Bot:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            Bot
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedBotCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        name: str | Unset = UNSET,
        provider: Provider05CEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedBotCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        provider: Provider05CEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedBotCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: name, provider

        Returns:
            BotCreate
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.partial_update",
            body,
            PatchedBotCreate,
            [],
            (
                ("name", "name", name),
                ("provider", "provider", provider),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: BotCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        name: str,
        provider: Provider05CEnum,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: BotCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        provider: Provider05CEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (BotCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, provider

        Returns:
            BotCreate
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.update",
            body,
            BotCreateRequest,
            ["name", "provider"],
            (
                ("name", "name", name),
                ("provider", "provider", provider),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_update.OPERATION,
            _ai_bot_v1_bots_bot_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiBotV1BotsBotResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def config(self) -> AiBotV1BotsBotConfigResourceWithRawResponse:
        from .config import AiBotV1BotsBotConfigResourceWithRawResponse

        return AiBotV1BotsBotConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def whatsapp_config(self) -> AiBotV1BotsBotWhatsappConfigResourceWithRawResponse:
        from .whatsapp_config import AiBotV1BotsBotWhatsappConfigResourceWithRawResponse

        return AiBotV1BotsBotWhatsappConfigResourceWithRawResponse(self._resource.whatsapp_config)


class AsyncAiBotV1BotsBotResource:
    """`AsyncClient.ai_bot.v1.bots.bot`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotResourceWithRawResponse(self)

    @cached_property
    def config(self) -> AsyncAiBotV1BotsBotConfigResource:
        from .config import AsyncAiBotV1BotsBotConfigResource

        return AsyncAiBotV1BotsBotConfigResource(self._client)

    @cached_property
    def whatsapp_config(self) -> AsyncAiBotV1BotsBotWhatsappConfigResource:
        from .whatsapp_config import AsyncAiBotV1BotsBotWhatsappConfigResource

        return AsyncAiBotV1BotsBotWhatsappConfigResource(self._client)

    async def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[Bot]:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)

        Returns:
            list[Bot]
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_list.OPERATION,
            _ai_bot_v1_bots_bot_list.build_request(org=org),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: BotCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        provider: Provider05CEnum,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    async def create(
        self,
        *,
        org: str,
        body: BotCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        provider: Provider05CEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            body (BotCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, provider

        Returns:
            BotCreate
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.create",
            body,
            BotCreateRequest,
            ["name", "provider"],
            (
                ("name", "name", name),
                ("provider", "provider", provider),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_create.OPERATION,
            _ai_bot_v1_bots_bot_create.build_request(org=org, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_destroy.OPERATION,
            _ai_bot_v1_bots_bot_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> Bot:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            Bot
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedBotCreate | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        name: str | Unset = UNSET,
        provider: Provider05CEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedBotCreate | Unset = UNSET,
        name: str | Unset = UNSET,
        provider: Provider05CEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedBotCreate | Unset, request body)
            Or the body's fields as keywords instead of body=: name, provider

        Returns:
            BotCreate
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.partial_update",
            body,
            PatchedBotCreate,
            [],
            (
                ("name", "name", name),
                ("provider", "provider", provider),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: BotCreateRequest,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        name: str,
        provider: Provider05CEnum,
        **options: Unpack[RequestOptions],
    ) -> BotCreate: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: BotCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        provider: Provider05CEnum | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (BotCreateRequest, request body)
            Or the body's fields as keywords instead of body=: name, provider

        Returns:
            BotCreate
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.update",
            body,
            BotCreateRequest,
            ["name", "provider"],
            (
                ("name", "name", name),
                ("provider", "provider", provider),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_update.OPERATION,
            _ai_bot_v1_bots_bot_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiBotV1BotsBotResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def config(self) -> AsyncAiBotV1BotsBotConfigResourceWithRawResponse:
        from .config import AsyncAiBotV1BotsBotConfigResourceWithRawResponse

        return AsyncAiBotV1BotsBotConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def whatsapp_config(self) -> AsyncAiBotV1BotsBotWhatsappConfigResourceWithRawResponse:
        from .whatsapp_config import AsyncAiBotV1BotsBotWhatsappConfigResourceWithRawResponse

        return AsyncAiBotV1BotsBotWhatsappConfigResourceWithRawResponse(
            self._resource.whatsapp_config
        )
