"""`Client.ai_mentor.orgs.workflows.unpublish`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_workflows_unpublish_create as _ai_mentor_orgs_workflows_unpublish_create,
)
from ......models.workflow_request import WorkflowRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsWorkflowsUnpublishResource",
    "AiMentorOrgsWorkflowsUnpublishResourceWithRawResponse",
    "AsyncAiMentorOrgsWorkflowsUnpublishResource",
    "AsyncAiMentorOrgsWorkflowsUnpublishResourceWithRawResponse",
]


class AiMentorOrgsWorkflowsUnpublishResource:
    """`Client.ai_mentor.orgs.workflows.unpublish`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWorkflowsUnpublishResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWorkflowsUnpublishResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: WorkflowRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        name: str,
        definition: Any,
        description: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: WorkflowRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        definition: Any | Unset = UNSET,
        description: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unpublish a workflow

        Alias for deactivate. Takes a workflow offline while preserving its saved state.

        Args:
            org (str, path)
            unique_id (UUID, path)
            body (WorkflowRequest, request body): Serializer for Workflow CRUD operations.
                Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are
                renderable, while allowing draft workflows that may not be executable.
                Comprehensive execution validation (Phase 2) is available via the validate
                action endpoint. Fields: - All model fields are exposed - Platform and creator
                are set automatically from URL context - Read-only fields: id, unique_id,
                created_at, updated_at - Chat settings (chat_name, chat_greeting, etc.) update
                the entry_mentor
            Or the body's fields as keywords instead of body=: name, definition, description,
                is_active, is_template, parent_workflow, chat_name, chat_proactive_response

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.workflows.unpublish.create",
            body,
            WorkflowRequest,
            ["name", "definition"],
            (
                ("name", "name", name),
                ("definition", "definition", definition),
                ("description", "description", description),
                ("is_active", "is_active", is_active),
                ("is_template", "is_template", is_template),
                ("parent_workflow", "parent_workflow", parent_workflow),
                ("chat_name", "chat_name", chat_name),
                ("chat_proactive_response", "chat_proactive_response", chat_proactive_response),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_workflows_unpublish_create.OPERATION,
            _ai_mentor_orgs_workflows_unpublish_create.build_request(
                org=org, unique_id=unique_id, body=body
            ),
            options,
        )


class AiMentorOrgsWorkflowsUnpublishResourceWithRawResponse:
    """`Client.ai_mentor.orgs.workflows.unpublish`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWorkflowsUnpublishResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsWorkflowsUnpublishResource:
    """`AsyncClient.ai_mentor.orgs.workflows.unpublish`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsWorkflowsUnpublishResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWorkflowsUnpublishResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: WorkflowRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        name: str,
        definition: Any,
        description: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: WorkflowRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        definition: Any | Unset = UNSET,
        description: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unpublish a workflow

        Alias for deactivate. Takes a workflow offline while preserving its saved state.

        Args:
            org (str, path)
            unique_id (UUID, path)
            body (WorkflowRequest, request body): Serializer for Workflow CRUD operations.
                Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are
                renderable, while allowing draft workflows that may not be executable.
                Comprehensive execution validation (Phase 2) is available via the validate
                action endpoint. Fields: - All model fields are exposed - Platform and creator
                are set automatically from URL context - Read-only fields: id, unique_id,
                created_at, updated_at - Chat settings (chat_name, chat_greeting, etc.) update
                the entry_mentor
            Or the body's fields as keywords instead of body=: name, definition, description,
                is_active, is_template, parent_workflow, chat_name, chat_proactive_response

        Returns:
            None
        """
        body = body_from_fields(
            "ai_mentor.orgs.workflows.unpublish.create",
            body,
            WorkflowRequest,
            ["name", "definition"],
            (
                ("name", "name", name),
                ("definition", "definition", definition),
                ("description", "description", description),
                ("is_active", "is_active", is_active),
                ("is_template", "is_template", is_template),
                ("parent_workflow", "parent_workflow", parent_workflow),
                ("chat_name", "chat_name", chat_name),
                ("chat_proactive_response", "chat_proactive_response", chat_proactive_response),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_workflows_unpublish_create.OPERATION,
            _ai_mentor_orgs_workflows_unpublish_create.build_request(
                org=org, unique_id=unique_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsWorkflowsUnpublishResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.workflows.unpublish`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWorkflowsUnpublishResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
