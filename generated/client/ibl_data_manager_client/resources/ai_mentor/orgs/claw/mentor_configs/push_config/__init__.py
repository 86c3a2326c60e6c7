"""`Client.ai_mentor.orgs.claw.mentor_configs.push_config`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_claw_mentor_configs_push_config_create as _ai_mentor_orgs_claw_mentor_configs_push_config_create,
)
from .......models.claw_mentor_config import ClawMentorConfig
from .......models.claw_mentor_config_request import ClawMentorConfigRequest

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

    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawMentorConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Push agent_config to the Claw worker.

        Args:
            org (str, path)
            id (int, path)
            body (ClawMentorConfigRequest, request body)

        Returns:
            ClawMentorConfig
        """
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

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawMentorConfigRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawMentorConfig:
        """Push agent_config to the Claw worker.

        Args:
            org (str, path)
            id (int, path)
            body (ClawMentorConfigRequest, request body)

        Returns:
            ClawMentorConfig
        """
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
