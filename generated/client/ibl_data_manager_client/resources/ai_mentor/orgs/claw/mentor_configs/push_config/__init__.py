"""`Client.ai_mentor.orgs.claw.mentor_configs.push_config`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_claw_mentor_configs_push_config_create as _ai_mentor_orgs_claw_mentor_configs_push_config_create,
)
from .......models.claw_mentor_config import ClawMentorConfig
from .......models.claw_mentor_config_request import ClawMentorConfigRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsClawMentorConfigsPushConfigResource",
    "AiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse",
    "AsyncAiMentorOrgsClawMentorConfigsPushConfigResource",
    "AsyncAiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse",
]


class AiMentorOrgsClawMentorConfigsPushConfigResource:
    """`Client.ai_mentor.orgs.claw.mentor_configs.push_config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawMentorConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    @overload
    def create(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID,
        server: int,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawMentorConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Push agent_config to the Claw worker.

        Args:
            org (str, path)
            id (int, path)
            body (ClawMentorConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, server, agent_config,
                enabled, auto_push

        Returns:
            ClawMentorConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.mentor_configs.push_config.create",
            body,
            ClawMentorConfigRequest,
            ["mentor", "server"],
            (
                ("mentor", "mentor", mentor),
                ("server", "server", server),
                ("agent_config", "agent_config", agent_config),
                ("enabled", "enabled", enabled),
                ("auto_push", "auto_push", auto_push),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_push_config_create.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_push_config_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.mentor_configs.push_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawMentorConfigsPushConfigResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsClawMentorConfigsPushConfigResource:
    """`AsyncClient.ai_mentor.orgs.claw.mentor_configs.push_config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawMentorConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        id: int,
        mentor: UUID,
        server: int,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig: ...

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawMentorConfigRequest | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        server: int | Unset = UNSET,
        agent_config: Any | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        auto_push: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Push agent_config to the Claw worker.

        Args:
            org (str, path)
            id (int, path)
            body (ClawMentorConfigRequest, request body)
            Or the body's fields as keywords instead of body=: mentor, server, agent_config,
                enabled, auto_push

        Returns:
            ClawMentorConfig
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.mentor_configs.push_config.create",
            body,
            ClawMentorConfigRequest,
            ["mentor", "server"],
            (
                ("mentor", "mentor", mentor),
                ("server", "server", server),
                ("agent_config", "agent_config", agent_config),
                ("enabled", "enabled", enabled),
                ("auto_push", "auto_push", auto_push),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_mentor_configs_push_config_create.OPERATION,
            _ai_mentor_orgs_claw_mentor_configs_push_config_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsClawMentorConfigsPushConfigResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.mentor_configs.push_config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawMentorConfigsPushConfigResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
