"""`Client.ai_bot.v1.bots.bot.config.teams.update`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ........._response import async_to_raw_response, to_raw_response
from .........api.ai_bot import (
    ai_bot_v1_bots_bot_config_teams_update_create as _ai_bot_v1_bots_bot_config_teams_update_create,
)
from .........api.ai_bot import (
    ai_bot_v1_bots_bot_config_teams_update_partial_update as _ai_bot_v1_bots_bot_config_teams_update_partial_update,
)
from .........api.ai_bot import (
    ai_bot_v1_bots_bot_config_teams_update_update as _ai_bot_v1_bots_bot_config_teams_update_update,
)
from .........models.patched_teams_config import PatchedTeamsConfig
from .........models.teams_config import TeamsConfig
from .........models.teams_config_request import TeamsConfigRequest
from .........types import UNSET, Unset

if TYPE_CHECKING:
    from ........._client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsBotConfigTeamsUpdateResource",
    "AiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse",
    "AsyncAiBotV1BotsBotConfigTeamsUpdateResource",
    "AsyncAiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse",
]


class AiBotV1BotsBotConfigTeamsUpdateResource:
    """`Client.ai_bot.v1.bots.bot.config.teams.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse(self)

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedTeamsConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedTeamsConfig | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedTeamsConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: client_id, client_secret,
                verification_token

        Returns:
            TeamsConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.config.teams.update.partial_update",
            body,
            PatchedTeamsConfig,
            [],
            (
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_config_teams_update_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_teams_update_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        id: int,
        body: TeamsConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    @overload
    def create(
        self,
        *,
        org: str,
        id: int,
        client_id: str,
        client_secret: str,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    def create(
        self,
        *,
        org: str,
        id: int,
        body: TeamsConfigRequest | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (TeamsConfigRequest, request body)
            Or the body's fields as keywords instead of body=: client_id, client_secret,
                verification_token

        Returns:
            TeamsConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.config.teams.update.create",
            body,
            TeamsConfigRequest,
            ["client_id", "client_secret"],
            (
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_config_teams_update_create.OPERATION,
            _ai_bot_v1_bots_bot_config_teams_update_create.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        body: TeamsConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        client_id: str,
        client_secret: str,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: TeamsConfigRequest | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (TeamsConfigRequest, request body)
            Or the body's fields as keywords instead of body=: client_id, client_secret,
                verification_token

        Returns:
            TeamsConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.config.teams.update.update",
            body,
            TeamsConfigRequest,
            ["client_id", "client_secret"],
            (
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_bot_config_teams_update_update.OPERATION,
            _ai_bot_v1_bots_bot_config_teams_update_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.bot.config.teams.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsBotConfigTeamsUpdateResource) -> None:
        self._resource = resource
        self.partial_update = to_raw_response(resource.partial_update)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncAiBotV1BotsBotConfigTeamsUpdateResource:
    """`AsyncClient.ai_bot.v1.bots.bot.config.teams.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse(self)

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedTeamsConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedTeamsConfig | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedTeamsConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: client_id, client_secret,
                verification_token

        Returns:
            TeamsConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.bot.config.teams.update.partial_update",
            body,
            PatchedTeamsConfig,
            [],
            (
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_teams_update_partial_update.OPERATION,
            _ai_bot_v1_bots_bot_config_teams_update_partial_update.build_request(
                org=org, id=id, body=body
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        id: int,
        body: TeamsConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        id: int,
        client_id: str,
        client_secret: str,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: TeamsConfigRequest | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (TeamsConfigRequest, request body)
            Or the body's fields as keywords instead of body=: client_id, client_secret,
                verification_token

        Returns:
            TeamsConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.config.teams.update.create",
            body,
            TeamsConfigRequest,
            ["client_id", "client_secret"],
            (
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_teams_update_create.OPERATION,
            _ai_bot_v1_bots_bot_config_teams_update_create.build_request(org=org, id=id, body=body),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        body: TeamsConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        client_id: str,
        client_secret: str,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: TeamsConfigRequest | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        verification_token: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        Args:
            org (str, path)
            id (int, path)
            body (TeamsConfigRequest, request body)
            Or the body's fields as keywords instead of body=: client_id, client_secret,
                verification_token

        Returns:
            TeamsConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.bot.config.teams.update.update",
            body,
            TeamsConfigRequest,
            ["client_id", "client_secret"],
            (
                ("client_id", "client_id", client_id),
                ("client_secret", "client_secret", client_secret),
                ("verification_token", "verification_token", verification_token),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_bot_config_teams_update_update.OPERATION,
            _ai_bot_v1_bots_bot_config_teams_update_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiBotV1BotsBotConfigTeamsUpdateResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.bot.config.teams.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsBotConfigTeamsUpdateResource) -> None:
        self._resource = resource
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
