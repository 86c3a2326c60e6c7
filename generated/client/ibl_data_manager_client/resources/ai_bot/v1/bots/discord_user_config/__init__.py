"""`Client.ai_bot.v1.bots.discord_user_config`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_bot import (
    ai_bot_v1_bots_discord_user_config_create as _ai_bot_v1_bots_discord_user_config_create,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_discord_user_config_destroy as _ai_bot_v1_bots_discord_user_config_destroy,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_discord_user_config_list as _ai_bot_v1_bots_discord_user_config_list,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_discord_user_config_partial_update as _ai_bot_v1_bots_discord_user_config_partial_update,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_discord_user_config_retrieve as _ai_bot_v1_bots_discord_user_config_retrieve,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_discord_user_config_update as _ai_bot_v1_bots_discord_user_config_update,
)
from ......models.discord_user_config import DiscordUserConfig
from ......models.discord_user_config_request import DiscordUserConfigRequest
from ......models.patched_discord_user_config import PatchedDiscordUserConfig
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsDiscordUserConfigResource",
    "AiBotV1BotsDiscordUserConfigResourceWithRawResponse",
    "AsyncAiBotV1BotsDiscordUserConfigResource",
    "AsyncAiBotV1BotsDiscordUserConfigResourceWithRawResponse",
]


class AiBotV1BotsDiscordUserConfigResource:
    """`Client.ai_bot.v1.bots.discord_user_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsDiscordUserConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsDiscordUserConfigResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[DiscordUserConfig]:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)

        Returns:
            list[DiscordUserConfig]
        """
        return self._client._send(
            _ai_bot_v1_bots_discord_user_config_list.OPERATION,
            _ai_bot_v1_bots_discord_user_config_list.build_request(org=org),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: DiscordUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    @overload
    def create(
        self,
        *,
        org: str,
        discord_user_id: str,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    def create(
        self,
        *,
        org: str,
        body: DiscordUserConfigRequest | Unset = UNSET,
        discord_user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            body (DiscordUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: discord_user_id

        Returns:
            DiscordUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.discord_user_config.create",
            body,
            DiscordUserConfigRequest,
            ["discord_user_id"],
            (("discord_user_id", "discord_user_id", discord_user_id),),
        )
        return self._client._send(
            _ai_bot_v1_bots_discord_user_config_create.OPERATION,
            _ai_bot_v1_bots_discord_user_config_create.build_request(org=org, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_bot_v1_bots_discord_user_config_destroy.OPERATION,
            _ai_bot_v1_bots_discord_user_config_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            DiscordUserConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_discord_user_config_retrieve.OPERATION,
            _ai_bot_v1_bots_discord_user_config_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedDiscordUserConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        discord_user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedDiscordUserConfig | Unset = UNSET,
        discord_user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedDiscordUserConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: discord_user_id

        Returns:
            DiscordUserConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.discord_user_config.partial_update",
            body,
            PatchedDiscordUserConfig,
            [],
            (("discord_user_id", "discord_user_id", discord_user_id),),
        )
        return self._client._send(
            _ai_bot_v1_bots_discord_user_config_partial_update.OPERATION,
            _ai_bot_v1_bots_discord_user_config_partial_update.build_request(
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
        body: DiscordUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        discord_user_id: str,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: DiscordUserConfigRequest | Unset = UNSET,
        discord_user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            id (int, path)
            body (DiscordUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: discord_user_id

        Returns:
            DiscordUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.discord_user_config.update",
            body,
            DiscordUserConfigRequest,
            ["discord_user_id"],
            (("discord_user_id", "discord_user_id", discord_user_id),),
        )
        return self._client._send(
            _ai_bot_v1_bots_discord_user_config_update.OPERATION,
            _ai_bot_v1_bots_discord_user_config_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiBotV1BotsDiscordUserConfigResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.discord_user_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsDiscordUserConfigResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiBotV1BotsDiscordUserConfigResource:
    """`AsyncClient.ai_bot.v1.bots.discord_user_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsDiscordUserConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsDiscordUserConfigResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[DiscordUserConfig]:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)

        Returns:
            list[DiscordUserConfig]
        """
        return await self._client._send(
            _ai_bot_v1_bots_discord_user_config_list.OPERATION,
            _ai_bot_v1_bots_discord_user_config_list.build_request(org=org),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: DiscordUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        discord_user_id: str,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    async def create(
        self,
        *,
        org: str,
        body: DiscordUserConfigRequest | Unset = UNSET,
        discord_user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            body (DiscordUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: discord_user_id

        Returns:
            DiscordUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.discord_user_config.create",
            body,
            DiscordUserConfigRequest,
            ["discord_user_id"],
            (("discord_user_id", "discord_user_id", discord_user_id),),
        )
        return await self._client._send(
            _ai_bot_v1_bots_discord_user_config_create.OPERATION,
            _ai_bot_v1_bots_discord_user_config_create.build_request(org=org, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_bot_v1_bots_discord_user_config_destroy.OPERATION,
            _ai_bot_v1_bots_discord_user_config_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            DiscordUserConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_discord_user_config_retrieve.OPERATION,
            _ai_bot_v1_bots_discord_user_config_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedDiscordUserConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        discord_user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedDiscordUserConfig | Unset = UNSET,
        discord_user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedDiscordUserConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: discord_user_id

        Returns:
            DiscordUserConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.discord_user_config.partial_update",
            body,
            PatchedDiscordUserConfig,
            [],
            (("discord_user_id", "discord_user_id", discord_user_id),),
        )
        return await self._client._send(
            _ai_bot_v1_bots_discord_user_config_partial_update.OPERATION,
            _ai_bot_v1_bots_discord_user_config_partial_update.build_request(
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
        body: DiscordUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        discord_user_id: str,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: DiscordUserConfigRequest | Unset = UNSET,
        discord_user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the
        user when interracting with discord bots. the user id can be copied from the discord app
        after tapping on the user profile.

        Args:
            org (str, path)
            id (int, path)
            body (DiscordUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: discord_user_id

        Returns:
            DiscordUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.discord_user_config.update",
            body,
            DiscordUserConfigRequest,
            ["discord_user_id"],
            (("discord_user_id", "discord_user_id", discord_user_id),),
        )
        return await self._client._send(
            _ai_bot_v1_bots_discord_user_config_update.OPERATION,
            _ai_bot_v1_bots_discord_user_config_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiBotV1BotsDiscordUserConfigResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.discord_user_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsDiscordUserConfigResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
