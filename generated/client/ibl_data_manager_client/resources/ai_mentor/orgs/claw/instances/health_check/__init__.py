"""`Client.ai_mentor.orgs.claw.instances.health_check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_health_check_create as _ai_mentor_orgs_claw_instances_health_check_create,
)
from .......models.claw_instance import ClawInstance
from .......models.claw_instance_request import ClawInstanceRequest

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsClawInstancesHealthCheckResource",
    "AiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse",
    "AsyncAiMentorOrgsClawInstancesHealthCheckResource",
    "AsyncAiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse",
]


class AiMentorOrgsClawInstancesHealthCheckResource:
    """`Client.ai_mentor.orgs.claw.instances.health_check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Run a health check against the Claw server and update status.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)

        Returns:
            ClawInstance
        """
        return self._client._send(
            _ai_mentor_orgs_claw_instances_health_check_create.OPERATION,
            _ai_mentor_orgs_claw_instances_health_check_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.instances.health_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawInstancesHealthCheckResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsClawInstancesHealthCheckResource:
    """`AsyncClient.ai_mentor.orgs.claw.instances.health_check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Run a health check against the Claw server and update status.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)

        Returns:
            ClawInstance
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_health_check_create.OPERATION,
            _ai_mentor_orgs_claw_instances_health_check_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsClawInstancesHealthCheckResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.instances.health_check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawInstancesHealthCheckResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
