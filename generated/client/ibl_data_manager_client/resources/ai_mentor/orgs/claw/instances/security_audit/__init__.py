"""`Client.ai_mentor.orgs.claw.instances.security_audit`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_security_audit_create as _ai_mentor_orgs_claw_instances_security_audit_create,
)
from .......models.claw_instance import ClawInstance
from .......models.claw_instance_request import ClawInstanceRequest

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsClawInstancesSecurityAuditResource",
    "AiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse",
    "AsyncAiMentorOrgsClawInstancesSecurityAuditResource",
    "AsyncAiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse",
]


class AiMentorOrgsClawInstancesSecurityAuditResource:
    """`Client.ai_mentor.orgs.claw.instances.security_audit`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Run security audit on the worker and store findings.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)

        Returns:
            ClawInstance
        """
        return self._client._send(
            _ai_mentor_orgs_claw_instances_security_audit_create.OPERATION,
            _ai_mentor_orgs_claw_instances_security_audit_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.instances.security_audit`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawInstancesSecurityAuditResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsClawInstancesSecurityAuditResource:
    """`AsyncClient.ai_mentor.orgs.claw.instances.security_audit`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Run security audit on the worker and store findings.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)

        Returns:
            ClawInstance
        """
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_security_audit_create.OPERATION,
            _ai_mentor_orgs_claw_instances_security_audit_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsClawInstancesSecurityAuditResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.instances.security_audit`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawInstancesSecurityAuditResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
