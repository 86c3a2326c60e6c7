"""`Client.ai_bot.v1.bots.slack_user_config`: 6 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_bot import (
    ai_bot_v1_bots_slack_user_config_create as _ai_bot_v1_bots_slack_user_config_create,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_slack_user_config_destroy as _ai_bot_v1_bots_slack_user_config_destroy,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_slack_user_config_list as _ai_bot_v1_bots_slack_user_config_list,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_slack_user_config_partial_update as _ai_bot_v1_bots_slack_user_config_partial_update,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_slack_user_config_retrieve as _ai_bot_v1_bots_slack_user_config_retrieve,
)
from ......api.ai_bot import (
    ai_bot_v1_bots_slack_user_config_update as _ai_bot_v1_bots_slack_user_config_update,
)
from ......models.patched_slack_user_config import PatchedSlackUserConfig
from ......models.slack_user_config import SlackUserConfig
from ......models.slack_user_config_request import SlackUserConfigRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiBotV1BotsSlackUserConfigResource",
    "AiBotV1BotsSlackUserConfigResourceWithRawResponse",
    "AsyncAiBotV1BotsSlackUserConfigResource",
    "AsyncAiBotV1BotsSlackUserConfigResourceWithRawResponse",
]


class AiBotV1BotsSlackUserConfigResource:
    """`Client.ai_bot.v1.bots.slack_user_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiBotV1BotsSlackUserConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiBotV1BotsSlackUserConfigResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[SlackUserConfig]:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)

        Returns:
            list[SlackUserConfig]
        """
        return self._client._send(
            _ai_bot_v1_bots_slack_user_config_list.OPERATION,
            _ai_bot_v1_bots_slack_user_config_list.build_request(org=org),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: SlackUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    @overload
    def create(
        self,
        *,
        org: str,
        slack_team_domain: str,
        slack_username: str,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    def create(
        self,
        *,
        org: str,
        body: SlackUserConfigRequest | Unset = UNSET,
        slack_team_domain: str | Unset = UNSET,
        slack_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            body (SlackUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: slack_team_domain, slack_username

        Returns:
            SlackUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.slack_user_config.create",
            body,
            SlackUserConfigRequest,
            ["slack_team_domain", "slack_username"],
            (
                ("slack_team_domain", "slack_team_domain", slack_team_domain),
                ("slack_username", "slack_username", slack_username),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_slack_user_config_create.OPERATION,
            _ai_bot_v1_bots_slack_user_config_create.build_request(org=org, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_bot_v1_bots_slack_user_config_destroy.OPERATION,
            _ai_bot_v1_bots_slack_user_config_destroy.build_request(org=org, id=id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            SlackUserConfig
        """
        return self._client._send(
            _ai_bot_v1_bots_slack_user_config_retrieve.OPERATION,
            _ai_bot_v1_bots_slack_user_config_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackUserConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        id: int,
        slack_team_domain: str | Unset = UNSET,
        slack_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackUserConfig | Unset = UNSET,
        slack_team_domain: str | Unset = UNSET,
        slack_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedSlackUserConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: slack_team_domain, slack_username

        Returns:
            SlackUserConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.slack_user_config.partial_update",
            body,
            PatchedSlackUserConfig,
            [],
            (
                ("slack_team_domain", "slack_team_domain", slack_team_domain),
                ("slack_username", "slack_username", slack_username),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_slack_user_config_partial_update.OPERATION,
            _ai_bot_v1_bots_slack_user_config_partial_update.build_request(
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
        body: SlackUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    @overload
    def update(
        self,
        *,
        org: str,
        id: int,
        slack_team_domain: str,
        slack_username: str,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    def update(
        self,
        *,
        org: str,
        id: int,
        body: SlackUserConfigRequest | Unset = UNSET,
        slack_team_domain: str | Unset = UNSET,
        slack_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            id (int, path)
            body (SlackUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: slack_team_domain, slack_username

        Returns:
            SlackUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.slack_user_config.update",
            body,
            SlackUserConfigRequest,
            ["slack_team_domain", "slack_username"],
            (
                ("slack_team_domain", "slack_team_domain", slack_team_domain),
                ("slack_username", "slack_username", slack_username),
            ),
        )
        return self._client._send(
            _ai_bot_v1_bots_slack_user_config_update.OPERATION,
            _ai_bot_v1_bots_slack_user_config_update.build_request(org=org, id=id, body=body),
            options,
        )


class AiBotV1BotsSlackUserConfigResourceWithRawResponse:
    """`Client.ai_bot.v1.bots.slack_user_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiBotV1BotsSlackUserConfigResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiBotV1BotsSlackUserConfigResource:
    """`AsyncClient.ai_bot.v1.bots.slack_user_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiBotV1BotsSlackUserConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiBotV1BotsSlackUserConfigResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[SlackUserConfig]:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)

        Returns:
            list[SlackUserConfig]
        """
        return await self._client._send(
            _ai_bot_v1_bots_slack_user_config_list.OPERATION,
            _ai_bot_v1_bots_slack_user_config_list.build_request(org=org),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: SlackUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        slack_team_domain: str,
        slack_username: str,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    async def create(
        self,
        *,
        org: str,
        body: SlackUserConfigRequest | Unset = UNSET,
        slack_team_domain: str | Unset = UNSET,
        slack_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            body (SlackUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: slack_team_domain, slack_username

        Returns:
            SlackUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.slack_user_config.create",
            body,
            SlackUserConfigRequest,
            ["slack_team_domain", "slack_username"],
            (
                ("slack_team_domain", "slack_team_domain", slack_team_domain),
                ("slack_username", "slack_username", slack_username),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_slack_user_config_create.OPERATION,
            _ai_bot_v1_bots_slack_user_config_create.build_request(org=org, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_bot_v1_bots_slack_user_config_destroy.OPERATION,
            _ai_bot_v1_bots_slack_user_config_destroy.build_request(org=org, id=id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            id (int, path)

        Returns:
            SlackUserConfig
        """
        return await self._client._send(
            _ai_bot_v1_bots_slack_user_config_retrieve.OPERATION,
            _ai_bot_v1_bots_slack_user_config_retrieve.build_request(org=org, id=id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackUserConfig | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        slack_team_domain: str | Unset = UNSET,
        slack_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    async def partial_update(
        self,
        *,
        org: str,
        id: int,
        body: PatchedSlackUserConfig | Unset = UNSET,
        slack_team_domain: str | Unset = UNSET,
        slack_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            id (int, path)
            body (PatchedSlackUserConfig | Unset, request body)
            Or the body's fields as keywords instead of body=: slack_team_domain, slack_username

        Returns:
            SlackUserConfig
        """
        body = optional_body_from_fields(
            "ai_bot.v1.bots.slack_user_config.partial_update",
            body,
            PatchedSlackUserConfig,
            [],
            (
                ("slack_team_domain", "slack_team_domain", slack_team_domain),
                ("slack_username", "slack_username", slack_username),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_slack_user_config_partial_update.OPERATION,
            _ai_bot_v1_bots_slack_user_config_partial_update.build_request(
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
        body: SlackUserConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        id: int,
        slack_team_domain: str,
        slack_username: str,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig: ...

    async def update(
        self,
        *,
        org: str,
        id: int,
        body: SlackUserConfigRequest | Unset = UNSET,
        slack_team_domain: str | Unset = UNSET,
        slack_username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to
        authenticate the user when interracting with slack bots.

        Args:
            org (str, path)
            id (int, path)
            body (SlackUserConfigRequest, request body)
            Or the body's fields as keywords instead of body=: slack_team_domain, slack_username

        Returns:
            SlackUserConfig
        """
        body = body_from_fields(
            "ai_bot.v1.bots.slack_user_config.update",
            body,
            SlackUserConfigRequest,
            ["slack_team_domain", "slack_username"],
            (
                ("slack_team_domain", "slack_team_domain", slack_team_domain),
                ("slack_username", "slack_username", slack_username),
            ),
        )
        return await self._client._send(
            _ai_bot_v1_bots_slack_user_config_update.OPERATION,
            _ai_bot_v1_bots_slack_user_config_update.build_request(org=org, id=id, body=body),
            options,
        )


class AsyncAiBotV1BotsSlackUserConfigResourceWithRawResponse:
    """`AsyncClient.ai_bot.v1.bots.slack_user_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiBotV1BotsSlackUserConfigResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
