"""`Client.ai_mentor.orgs.claw.instances.refresh_version`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_claw_instances_refresh_version_create as _ai_mentor_orgs_claw_instances_refresh_version_create,
)
from .......models.claw_instance import ClawInstance
from .......models.claw_instance_request import ClawInstanceRequest
from .......models.claw_type_enum import ClawTypeEnum
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsClawInstancesRefreshVersionResource",
    "AiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse",
    "AsyncAiMentorOrgsClawInstancesRefreshVersionResource",
    "AsyncAiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse",
]


class AiMentorOrgsClawInstancesRefreshVersionResource:
    """`Client.ai_mentor.orgs.claw.instances.refresh_version`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    @overload
    def create(
        self,
        *,
        org: str,
        id: int,
        name: str,
        server_url: str,
        gateway_token: str,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Connect to the worker and store Claw version from handshake.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)
            Or the body's fields as keywords instead of body=: name, server_url, gateway_token,
                claw_type, deployment_backend, auth_headers, connection_params

        Returns:
            ClawInstance
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.instances.refresh_version.create",
            body,
            ClawInstanceRequest,
            ["name", "server_url", "gateway_token"],
            (
                ("name", "name", name),
                ("server_url", "server_url", server_url),
                ("gateway_token", "gateway_token", gateway_token),
                ("claw_type", "claw_type", claw_type),
                ("deployment_backend", "deployment_backend", deployment_backend),
                ("auth_headers", "auth_headers", auth_headers),
                ("connection_params", "connection_params", connection_params),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_claw_instances_refresh_version_create.OPERATION,
            _ai_mentor_orgs_claw_instances_refresh_version_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw.instances.refresh_version`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawInstancesRefreshVersionResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsClawInstancesRefreshVersionResource:
    """`AsyncClient.ai_mentor.orgs.claw.instances.refresh_version`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        id: int,
        name: str,
        server_url: str,
        gateway_token: str,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance: ...

    async def create(
        self,
        *,
        org: str,
        id: int,
        body: ClawInstanceRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        server_url: str | Unset = UNSET,
        gateway_token: str | Unset = UNSET,
        claw_type: ClawTypeEnum | Unset = UNSET,
        deployment_backend: int | None | Unset = UNSET,
        auth_headers: Any | Unset = UNSET,
        connection_params: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ClawInstance:
        """Connect to the worker and store Claw version from handshake.

        Args:
            org (str, path)
            id (int, path)
            body (ClawInstanceRequest, request body)
            Or the body's fields as keywords instead of body=: name, server_url, gateway_token,
                claw_type, deployment_backend, auth_headers, connection_params

        Returns:
            ClawInstance
        """
        body = body_from_fields(
            "ai_mentor.orgs.claw.instances.refresh_version.create",
            body,
            ClawInstanceRequest,
            ["name", "server_url", "gateway_token"],
            (
                ("name", "name", name),
                ("server_url", "server_url", server_url),
                ("gateway_token", "gateway_token", gateway_token),
                ("claw_type", "claw_type", claw_type),
                ("deployment_backend", "deployment_backend", deployment_backend),
                ("auth_headers", "auth_headers", auth_headers),
                ("connection_params", "connection_params", connection_params),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_claw_instances_refresh_version_create.OPERATION,
            _ai_mentor_orgs_claw_instances_refresh_version_create.build_request(
                org=org, id=id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsClawInstancesRefreshVersionResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw.instances.refresh_version`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawInstancesRefreshVersionResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
