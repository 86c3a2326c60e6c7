"""`Client.ai_bot.v1.bots.whatsapp_user_config`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_bot import (
    ai_bot_v1_bots_whatsapp_user_config_create as _ai_bot_v1_bots_whatsapp_user_config_create,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_whatsapp_user_config_destroy as _ai_bot_v1_bots_whatsapp_user_config_destroy,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_whatsapp_user_config_list as _ai_bot_v1_bots_whatsapp_user_config_list,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_whatsapp_user_config_partial_update as _ai_bot_v1_bots_whatsapp_user_config_partial_update,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_whatsapp_user_config_retrieve as _ai_bot_v1_bots_whatsapp_user_config_retrieve,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_whatsapp_user_config_update as _ai_bot_v1_bots_whatsapp_user_config_update,
)
from ......models.patched_whatsapp_user_config import PatchedWhatsappUserConfig
from ......models.whatsapp_user_config import WhatsappUserConfig
from ......models.whatsapp_user_config_request import WhatsappUserConfigRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsWhatsappUserConfigResource",
    "AiBotV1BotsWhatsappUserConfigResourceWithRawResponse",
    "AsyncAiBotV1BotsWhatsappUserConfigResource",
    "AsyncAiBotV1BotsWhatsappUserConfigResourceWithRawResponse",
]


class AiBotV1BotsWhatsappUserConfigResource:
    """`Client.ai_bot.v1.bots.whatsapp_user_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsWhatsappUserConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsWhatsappUserConfigResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[WhatsappUserConfig]:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)

        Returns:
            list[WhatsappUserConfig]
        """
        return self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_list.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_list.build_request(org=org),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: WhatsappUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    @overload
    def create(
        self,
        *,
        org: str,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    def create(
        self,
        *,
        org: str,
        body: WhatsappUserConfigRequest | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            body (WhatsappUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: phone_number

        Returns:
            WhatsappUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.whatsapp_user_config.create",
            body,
            WhatsappUserConfigRequest,
            ["phone_number"],
            (("phone_number", "phone_number", phone_number),),
        )
        return self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_create.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_create.build_request(org=org, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_destroy.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            WhatsappUserConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_retrieve.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWhatsappUserConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        phone_number: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWhatsappUserConfig | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedWhatsappUserConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: phone_number

        Returns:
            WhatsappUserConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.whatsapp_user_config.partial_update",
            body,
            PatchedWhatsappUserConfig,
            [],
            (("phone_number", "phone_number", phone_number),),
        )
        return self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_partial_update.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_partial_update.build_request(
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
        body: WhatsappUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: WhatsappUserConfigRequest | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            id (int, path)
            body (WhatsappUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: phone_number

        Returns:
            WhatsappUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.whatsapp_user_config.update",
            body,
            WhatsappUserConfigRequest,
            ["phone_number"],
            (("phone_number", "phone_number", phone_number),),
        )
        return self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_update.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiBotV1BotsWhatsappUserConfigResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.whatsapp_user_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsWhatsappUserConfigResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiBotV1BotsWhatsappUserConfigResource:
    """`AsyncClient.ai_bot.v1.bots.whatsapp_user_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsWhatsappUserConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsWhatsappUserConfigResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[WhatsappUserConfig]:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)

        Returns:
            list[WhatsappUserConfig]
        """
        return await self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_list.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_list.build_request(org=org),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: WhatsappUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    async def create(
        self,
        *,
        org: str,
        body: WhatsappUserConfigRequest | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            body (WhatsappUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: phone_number

        Returns:
            WhatsappUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.whatsapp_user_config.create",
            body,
            WhatsappUserConfigRequest,
            ["phone_number"],
            (("phone_number", "phone_number", phone_number),),
        )
        return await self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_create.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_create.build_request(org=org, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_destroy.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            WhatsappUserConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_retrieve.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWhatsappUserConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        phone_number: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedWhatsappUserConfig | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedWhatsappUserConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: phone_number

        Returns:
            WhatsappUserConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.whatsapp_user_config.partial_update",
            body,
            PatchedWhatsappUserConfig,
            [],
            (("phone_number", "phone_number", phone_number),),
        )
        return await self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_partial_update.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_partial_update.build_request(
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
        body: WhatsappUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: WhatsappUserConfigRequest | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to
        authenticate and allow access to whatsapp bots.

        Args:
            org (str, path)
            id (int, path)
            body (WhatsappUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: phone_number

        Returns:
            WhatsappUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.whatsapp_user_config.update",
            body,
            WhatsappUserConfigRequest,
            ["phone_number"],
            (("phone_number", "phone_number", phone_number),),
        )
        return await self._client._send(
            _ai_bot_v1_bots_whatsapp_user_config_update.OPERATION,
            _ai_bot_v1_bots_whatsapp_user_config_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiBotV1BotsWhatsappUserConfigResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.whatsapp_user_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsWhatsappUserConfigResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
