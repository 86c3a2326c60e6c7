"""`Client.ai_mentor.orgs.workflows.chat`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_workflows_chat_create as _ai_mentor_orgs_workflows_chat_create,
)
from ......models.ai_mentor_orgs_workflows_chat_create_body import (
    AiMentorOrgsWorkflowsChatCreateBody,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsWorkflowsChatResource",
    "AiMentorOrgsWorkflowsChatResourceWithRawResponse",
    "AsyncAiMentorOrgsWorkflowsChatResource",
    "AsyncAiMentorOrgsWorkflowsChatResourceWithRawResponse",
]


class AiMentorOrgsWorkflowsChatResource:
    """`Client.ai_mentor.orgs.workflows.chat`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWorkflowsChatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWorkflowsChatResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: AiMentorOrgsWorkflowsChatCreateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        message: str,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: AiMentorOrgsWorkflowsChatCreateBody | Unset = UNSET,
        message: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Chat with workflow

        Send a message to the workflow and receive a response. The workflow must be active.
        Messages are routed through the entry mentor.

        Args:
            org (str, path)
            unique_id (UUID, path)
            body (AiMentorOrgsWorkflowsChatCreateBody | Unset, request body)
            Or the body's fields as keywords instead of body=: message

        Returns:
            None
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.workflows.chat.create",
            body,
            AiMentorOrgsWorkflowsChatCreateBody,
            ["message"],
            (("message", "message", message),),
        )
        return self._client._send(
            _ai_mentor_orgs_workflows_chat_create.OPERATION,
            _ai_mentor_orgs_workflows_chat_create.build_request(
                org=org, unique_id=unique_id, body=body
            ),
            options,
        )


class AiMentorOrgsWorkflowsChatResourceWithRawResponse:
    """`Client.ai_mentor.orgs.workflows.chat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWorkflowsChatResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsWorkflowsChatResource:
    """`AsyncClient.ai_mentor.orgs.workflows.chat`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsWorkflowsChatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWorkflowsChatResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: AiMentorOrgsWorkflowsChatCreateBody | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        message: str,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: AiMentorOrgsWorkflowsChatCreateBody | Unset = UNSET,
        message: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Chat with workflow

        Send a message to the workflow and receive a response. The workflow must be active.
        Messages are routed through the entry mentor.

        Args:
            org (str, path)
            unique_id (UUID, path)
            body (AiMentorOrgsWorkflowsChatCreateBody | Unset, request body)
            Or the body's fields as keywords instead of body=: message

        Returns:
            None
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.workflows.chat.create",
            body,
            AiMentorOrgsWorkflowsChatCreateBody,
            ["message"],
            (("message", "message", message),),
        )
        return await self._client._send(
            _ai_mentor_orgs_workflows_chat_create.OPERATION,
            _ai_mentor_orgs_workflows_chat_create.build_request(
                org=org, unique_id=unique_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsWorkflowsChatResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.workflows.chat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWorkflowsChatResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
