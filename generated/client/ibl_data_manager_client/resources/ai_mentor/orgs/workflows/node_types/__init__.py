"""`Client.ai_mentor.orgs.workflows.node_types`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_workflows_node_types_retrieve as _ai_mentor_orgs_workflows_node_types_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsWorkflowsNodeTypesResource",
    "AiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse",
    "AsyncAiMentorOrgsWorkflowsNodeTypesResource",
    "AsyncAiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse",
]


class AiMentorOrgsWorkflowsNodeTypesResource:
    """`Client.ai_mentor.orgs.workflows.node_types`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get available node types

        Returns metadata about all available workflow node types. Use this endpoint to populate
        the workflow editor with available nodes, their categories, required fields, and
        configuration options.

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_workflows_node_types_retrieve.OPERATION,
            _ai_mentor_orgs_workflows_node_types_retrieve.build_request(org=org),
            options,
        )


class AiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse:
    """`Client.ai_mentor.orgs.workflows.node_types`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWorkflowsNodeTypesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsWorkflowsNodeTypesResource:
    """`AsyncClient.ai_mentor.orgs.workflows.node_types`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get available node types

        Returns metadata about all available workflow node types. Use this endpoint to populate
        the workflow editor with available nodes, their categories, required fields, and
        configuration options.

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_workflows_node_types_retrieve.OPERATION,
            _ai_mentor_orgs_workflows_node_types_retrieve.build_request(org=org),
            options,
        )


class AsyncAiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.workflows.node_types`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWorkflowsNodeTypesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
