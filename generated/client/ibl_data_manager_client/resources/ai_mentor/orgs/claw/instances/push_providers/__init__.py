"""`Client.ai_mentor.orgs.claw.instances.push_providers`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_push_providers_create as _ai_mentor_orgs_claw_instances_push_providers_create,
)
from .......models.claw_instance import ClawInstance
from .......models.claw_instance_request import ClawInstanceRequest

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsClawInstancesPushProvidersResource",
    "AiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse",
    "AsyncAiMentorOrgsClawInstancesPushProvidersResource",
    "AsyncAiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse",
]


class AiMentorOrgsClawInstancesPushProvidersResource:
    """`Client.ai_mentor.orgs.claw.instances.push_providers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Push all enabled model providers to the worker.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)

        Returns:
            ClawInstance
        """
        return self._client._send(
            _ai_mentor_orgs_claw_instances_push_providers_create.OPERATION,
            _ai_mentor_orgs_claw_instances_push_providers_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.instances.push_providers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawInstancesPushProvidersResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsClawInstancesPushProvidersResource:
    """`AsyncClient.ai_mentor.orgs.claw.instances.push_providers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Push all enabled model providers to the worker.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)

        Returns:
            ClawInstance
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_push_providers_create.OPERATION,
            _ai_mentor_orgs_claw_instances_push_providers_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsClawInstancesPushProvidersResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.instances.push_providers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawInstancesPushProvidersResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
