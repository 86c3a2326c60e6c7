"""`Client.ai_bot.v1.bots.bot_commands`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_bot import (
    ai_bot_v1_bots_bot_commands_create as _ai_bot_v1_bots_bot_commands_create,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_bot_commands_destroy as _ai_bot_v1_bots_bot_commands_destroy,
)
from ......api.ai_bot import ai_bot_v1_bots_bot_commands_list as _ai_bot_v1_bots_bot_commands_list
from ......api.ai_bot import (
    ai_bot_v1_bots_bot_commands_partial_update as _ai_bot_v1_bots_bot_commands_partial_update,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_bot_commands_retrieve as _ai_bot_v1_bots_bot_commands_retrieve,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_bot_commands_update as _ai_bot_v1_bots_bot_commands_update,
)
from ......models.bot_command import BotCommand
from ......models.bot_command_request import BotCommandRequest
from ......models.patched_bot_command import PatchedBotCommand
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsBotCommandsResource",
    "AiBotV1BotsBotCommandsResourceWithRawResponse",
    "AsyncAiBotV1BotsBotCommandsResource",
    "AsyncAiBotV1BotsBotCommandsResourceWithRawResponse",
]


class AiBotV1BotsBotCommandsResource:
    """`Client.ai_bot.v1.bots.bot_commands`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotCommandsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotCommandsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[BotCommand]:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)

        Returns:
            list[BotCommand]
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_commands_list.OPERATION,
            _ai_bot_v1_bots_bot_commands_list.build_request(org=org),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: BotCommandRequest,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    @overload
    def create(
        self,
        *,
        org: str,
        command: str,
        mentor: int,
        bot: int,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    def create(
        self,
        *,
        org: str,
        body: BotCommandRequest | Unset = UNSET,
        command: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        bot: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            body (BotCommandRequest, request body)
            Or the body's fields as keywords instead of body=: command, mentor, bot

        Returns:
            BotCommand
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot_commands.create",
            body,
            BotCommandRequest,
            ["command", "mentor", "bot"],
            (
                ("command", "command", command),
                ("mentor", "mentor", mentor),
                ("bot", "bot", bot),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_commands_create.OPERATION,
            _ai_bot_v1_bots_bot_commands_create.build_request(org=org, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_commands_destroy.OPERATION,
            _ai_bot_v1_bots_bot_commands_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            id (int, path)

        Returns:
            BotCommand
        """
        return self._client._send(
            _ai_bot_v1_bots_bot_commands_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_commands_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedBotCommand | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        command: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        bot: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedBotCommand | Unset = UNSET,
        command: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        bot: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            id (int, path)
            body (PatchedBotCommand | Unset, request body)
            Or the body's fields as keywords instead of body=: command, mentor, bot

        Returns:
            BotCommand
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot_commands.partial_update",
            body,
            PatchedBotCommand,
            [],
            (
                ("command", "command", command),
                ("mentor", "mentor", mentor),
                ("bot", "bot", bot),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_commands_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_commands_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: BotCommandRequest,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        command: str,
        mentor: int,
        bot: int,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: BotCommandRequest | Unset = UNSET,
        command: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        bot: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            id (int, path)
            body (BotCommandRequest, request body)
            Or the body's fields as keywords instead of body=: command, mentor, bot

        Returns:
            BotCommand
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot_commands.update",
            body,
            BotCommandRequest,
            ["command", "mentor", "bot"],
            (
                ("command", "command", command),
                ("mentor", "mentor", mentor),
                ("bot", "bot", bot),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_commands_update.OPERATION,
            _ai_bot_v1_bots_bot_commands_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiBotV1BotsBotCommandsResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot_commands`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotCommandsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiBotV1BotsBotCommandsResource:
    """`AsyncClient.ai_bot.v1.bots.bot_commands`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotCommandsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotCommandsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[BotCommand]:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)

        Returns:
            list[BotCommand]
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_commands_list.OPERATION,
            _ai_bot_v1_bots_bot_commands_list.build_request(org=org),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: BotCommandRequest,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        command: str,
        mentor: int,
        bot: int,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    async def create(
        self,
        *,
        org: str,
        body: BotCommandRequest | Unset = UNSET,
        command: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        bot: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            body (BotCommandRequest, request body)
            Or the body's fields as keywords instead of body=: command, mentor, bot

        Returns:
            BotCommand
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot_commands.create",
            body,
            BotCommandRequest,
            ["command", "mentor", "bot"],
            (
                ("command", "command", command),
                ("mentor", "mentor", mentor),
                ("bot", "bot", bot),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_commands_create.OPERATION,
            _ai_bot_v1_bots_bot_commands_create.build_request(org=org, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_commands_destroy.OPERATION,
            _ai_bot_v1_bots_bot_commands_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            id (int, path)

        Returns:
            BotCommand
        """
        return await self._client._send(
            _ai_bot_v1_bots_bot_commands_retrieve.OPERATION,
            _ai_bot_v1_bots_bot_commands_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedBotCommand | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        command: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        bot: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedBotCommand | Unset = UNSET,
        command: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        bot: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            id (int, path)
            body (PatchedBotCommand | Unset, request body)
            Or the body's fields as keywords instead of body=: command, mentor, bot

        Returns:
            BotCommand
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot_commands.partial_update",
            body,
            PatchedBotCommand,
            [],
            (
                ("command", "command", command),
                ("mentor", "mentor", mentor),
                ("bot", "bot", bot),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_commands_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_commands_partial_update.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: BotCommandRequest,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        command: str,
        mentor: int,
        bot: int,
        **options: Unpack[RequestOptions],
    ) -> BotCommand: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: BotCommandRequest | Unset = UNSET,
        command: str | Unset = UNSET,
        mentor: int | Unset = UNSET,
        bot: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        Args:
            org (str, path)
            id (int, path)
            body (BotCommandRequest, request body)
            Or the body's fields as keywords instead of body=: command, mentor, bot

        Returns:
            BotCommand
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot_commands.update",
            body,
            BotCommandRequest,
            ["command", "mentor", "bot"],
            (
                ("command", "command", command),
                ("mentor", "mentor", mentor),
                ("bot", "bot", bot),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_commands_update.OPERATION,
            _ai_bot_v1_bots_bot_commands_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiBotV1BotsBotCommandsResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot_commands`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotCommandsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
