"""`Client.ai_mentor.orgs.claw.instances.test_connectivity`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_test_connectivity_create as _ai_mentor_orgs_claw_instances_test_connectivity_create,
)
from .......models.claw_instance import ClawInstance
from .......models.claw_instance_request import ClawInstanceRequest

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsClawInstancesTestConnectivityResource",
    "AiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse",
    "AsyncAiMentorOrgsClawInstancesTestConnectivityResource",
    "AsyncAiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse",
]


class AiMentorOrgsClawInstancesTestConnectivityResource:
    """`Client.ai_mentor.orgs.claw.instances.test_connectivity`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Test connectivity to the Claw instance: TLS reachability + health check.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)

        Returns:
            ClawInstance
        """
        return self._client._send(
            _ai_mentor_orgs_claw_instances_test_connectivity_create.OPERATION,
            _ai_mentor_orgs_claw_instances_test_connectivity_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.instances.test_connectivity`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawInstancesTestConnectivityResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsClawInstancesTestConnectivityResource:
    """`AsyncClient.ai_mentor.orgs.claw.instances.test_connectivity`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Test connectivity to the Claw instance: TLS reachability + health check.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)

        Returns:
            ClawInstance
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_test_connectivity_create.OPERATION,
            _ai_mentor_orgs_claw_instances_test_connectivity_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsClawInstancesTestConnectivityResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.instances.test_connectivity`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawInstancesTestConnectivityResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
