"""`Client.ai_mentor.orgs.workflows`: 6 operations and 7 sub-resources."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ....._operation import RequestOptions, body_from_fields, optional_body_from_fields
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import ai_mentor_orgs_workflows_create as _ai_mentor_orgs_workflows_create
from .....api.ai_mentor import ai_mentor_orgs_workflows_destroy as _ai_mentor_orgs_workflows_destroy
from .....api.ai_mentor import ai_mentor_orgs_workflows_list as _ai_mentor_orgs_workflows_list
from .....api.ai_mentor import (
    ai_mentor_orgs_workflows_partial_update as _ai_mentor_orgs_workflows_partial_update,
)
from .....api.ai_mentor import (
    ai_mentor_orgs_workflows_retrieve as _ai_mentor_orgs_workflows_retrieve,
)
from .....api.ai_mentor import ai_mentor_orgs_workflows_update as _ai_mentor_orgs_workflows_update
from .....models.paginated_workflow_list import PaginatedWorkflowList
from .....models.patched_workflow import PatchedWorkflow
from .....models.workflow import Workflow
from .....models.workflow_request import WorkflowRequest
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .activate import (
        AiMentorOrgsWorkflowsActivateResource,
        AiMentorOrgsWorkflowsActivateResourceWithRawResponse,
        AsyncAiMentorOrgsWorkflowsActivateResource,
        AsyncAiMentorOrgsWorkflowsActivateResourceWithRawResponse,
    )
    from .chat import (
        AiMentorOrgsWorkflowsChatResource,
        AiMentorOrgsWorkflowsChatResourceWithRawResponse,
        AsyncAiMentorOrgsWorkflowsChatResource,
        AsyncAiMentorOrgsWorkflowsChatResourceWithRawResponse,
    )
    from .deactivate import (
        AiMentorOrgsWorkflowsDeactivateResource,
        AiMentorOrgsWorkflowsDeactivateResourceWithRawResponse,
        AsyncAiMentorOrgsWorkflowsDeactivateResource,
        AsyncAiMentorOrgsWorkflowsDeactivateResourceWithRawResponse,
    )
    from .node_types import (
        AiMentorOrgsWorkflowsNodeTypesResource,
        AiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse,
        AsyncAiMentorOrgsWorkflowsNodeTypesResource,
        AsyncAiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse,
    )
    from .publish import (
        AiMentorOrgsWorkflowsPublishResource,
        AiMentorOrgsWorkflowsPublishResourceWithRawResponse,
        AsyncAiMentorOrgsWorkflowsPublishResource,
        AsyncAiMentorOrgsWorkflowsPublishResourceWithRawResponse,
    )
    from .unpublish import (
        AiMentorOrgsWorkflowsUnpublishResource,
        AiMentorOrgsWorkflowsUnpublishResourceWithRawResponse,
        AsyncAiMentorOrgsWorkflowsUnpublishResource,
        AsyncAiMentorOrgsWorkflowsUnpublishResourceWithRawResponse,
    )
    from .validate import (
        AiMentorOrgsWorkflowsValidateResource,
        AiMentorOrgsWorkflowsValidateResourceWithRawResponse,
        AsyncAiMentorOrgsWorkflowsValidateResource,
        AsyncAiMentorOrgsWorkflowsValidateResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsWorkflowsResource",
    "AiMentorOrgsWorkflowsResourceWithRawResponse",
    "AsyncAiMentorOrgsWorkflowsResource",
    "AsyncAiMentorOrgsWorkflowsResourceWithRawResponse",
]


class AiMentorOrgsWorkflowsResource:
    """`Client.ai_mentor.orgs.workflows`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWorkflowsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWorkflowsResourceWithRawResponse(self)

    @cached_property
    def activate(self) -> AiMentorOrgsWorkflowsActivateResource:
        from .activate import AiMentorOrgsWorkflowsActivateResource

        return AiMentorOrgsWorkflowsActivateResource(self._client)

    @cached_property
    def chat(self) -> AiMentorOrgsWorkflowsChatResource:
        from .chat import AiMentorOrgsWorkflowsChatResource

        return AiMentorOrgsWorkflowsChatResource(self._client)

    @cached_property
    def deactivate(self) -> AiMentorOrgsWorkflowsDeactivateResource:
        from .deactivate import AiMentorOrgsWorkflowsDeactivateResource

        return AiMentorOrgsWorkflowsDeactivateResource(self._client)

    @cached_property
    def node_types(self) -> AiMentorOrgsWorkflowsNodeTypesResource:
        from .node_types import AiMentorOrgsWorkflowsNodeTypesResource

        return AiMentorOrgsWorkflowsNodeTypesResource(self._client)

    @cached_property
    def publish(self) -> AiMentorOrgsWorkflowsPublishResource:
        from .publish import AiMentorOrgsWorkflowsPublishResource

        return AiMentorOrgsWorkflowsPublishResource(self._client)

    @cached_property
    def unpublish(self) -> AiMentorOrgsWorkflowsUnpublishResource:
        from .unpublish import AiMentorOrgsWorkflowsUnpublishResource

        return AiMentorOrgsWorkflowsUnpublishResource(self._client)

    @cached_property
    def validate(self) -> AiMentorOrgsWorkflowsValidateResource:
        from .validate import AiMentorOrgsWorkflowsValidateResource

        return AiMentorOrgsWorkflowsValidateResource(self._client)

    def list(
        self,
        *,
        org: str,
        created_by: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedWorkflowList:
        """List workflows

        Retrieve a list of workflows in the platform with optional filtering and search.

        Args:
            org (str, path)
            created_by (str | Unset, query)
            is_active (bool | Unset, query)
            is_template (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedWorkflowList
        """
        return self._client._send(
            _ai_mentor_orgs_workflows_list.OPERATION,
            _ai_mentor_orgs_workflows_list.build_request(
                org=org,
                created_by=created_by,
                is_active=is_active,
                is_template=is_template,
                limit=limit,
                offset=offset,
                search=search,
                sort=sort,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        created_by: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Workflow]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_workflows_list.OPERATION,
            _ai_mentor_orgs_workflows_list.build_request(
                org=org,
                created_by=created_by,
                is_active=is_active,
                is_template=is_template,
                limit=limit,
                offset=offset,
                search=search,
                sort=sort,
            ),
            _ai_mentor_orgs_workflows_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        body: WorkflowRequest,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    @overload
    def create(
        self,
        *,
        org: str,
        name: str,
        definition: Any,
        description: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    def create(
        self,
        *,
        org: str,
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
    ) -> Workflow:
        """Create a new workflow

        Create a new workflow definition. Basic ReactFlow JSON validation is performed.

        Args:
            org (str, path)
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
            Workflow
        """
        body = body_from_fields(
            "ai_mentor.orgs.workflows.create",
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
            _ai_mentor_orgs_workflows_create.OPERATION,
            _ai_mentor_orgs_workflows_create.build_request(org=org, body=body),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        unique_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a workflow

        Delete a workflow permanently.

        Args:
            org (str, path)
            unique_id (UUID, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_workflows_destroy.OPERATION,
            _ai_mentor_orgs_workflows_destroy.build_request(org=org, unique_id=unique_id),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        unique_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> Workflow:
        """Retrieve a workflow

        Get detailed information about a specific workflow.

        Args:
            org (str, path)
            unique_id (UUID, path)

        Returns:
            Workflow
        """
        return self._client._send(
            _ai_mentor_orgs_workflows_retrieve.OPERATION,
            _ai_mentor_orgs_workflows_retrieve.build_request(org=org, unique_id=unique_id),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: PatchedWorkflow | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        unique_id: UUID,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        definition: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    def partial_update(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: PatchedWorkflow | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        definition: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow:
        """API ViewSet for managing workflows.  Provides CRUD operations for workflow definitions
        with platform-scoped access. All operations require platform admin permissions.
        Endpoints: - GET /orgs/<org>/workflows/ - List workflows in platform - POST
        /orgs/<org>/workflows/ - Create new workflow - GET /orgs/<org>/workflows/<unique_id>/ -
        Retrieve workflow - PUT/PATCH /orgs/<org>/workflows/<unique_id>/ - Update workflow -
        DELETE /orgs/<org>/workflows/<unique_id>/ - Delete workflow - POST
        /orgs/<org>/workflows/<unique_id>/validate/ - Validate workflow for execution - POST
        /orgs/<org>/workflows/<unique_id>/publish/ - Save, validate, and activate - POST
        /orgs/<org>/workflows/<unique_id>/activate/ - Validate and activate (no save) - POST
        /orgs/<org>/workflows/<unique_id>/deactivate/ - Take offline - POST
        /orgs/<org>/workflows/<unique_id>/unpublish/ - Alias for deactivate - GET/POST
        /orgs/<org>/workflows/<unique_id>/chat/ - Get entry mentor info for chat  Query
        Parameters: - search: Search in name and description fields - is_active: Filter by
        active status (true/false) - is_template: Filter by template status (true/false) -
        created_by: Filter by creator username - sort: Order by field (prefix with - for
        descending)   Examples: sort=name, sort=-created_at, sort=updated_at  Permissions: -
        Uses RBAC for fine-grained access control - Owner-based access via created_by field
        Note: The 'org' URL parameter maps to Platform.key (platform key). This is a naming
        convention in the codebase for consistency.

        Args:
            org (str, path)
            unique_id (UUID, path)
            body (PatchedWorkflow | Unset, request body): Serializer for Workflow CRUD
                operations. Provides basic ReactFlow JSON validation (Phase 1) to ensure
                definitions are renderable, while allowing draft workflows that may not be
                executable. Comprehensive execution validation (Phase 2) is available via the
                validate action endpoint. Fields: - All model fields are exposed - Platform and
                creator are set automatically from URL context - Read-only fields: id,
                unique_id, created_at, updated_at - Chat settings (chat_name, chat_greeting,
                etc.) update the entry_mentor
            Or the body's fields as keywords instead of body=: name, description, definition,
                is_active, is_template, parent_workflow, chat_name, chat_proactive_response

        Returns:
            Workflow
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.workflows.partial_update",
            body,
            PatchedWorkflow,
            [],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("definition", "definition", definition),
                ("is_active", "is_active", is_active),
                ("is_template", "is_template", is_template),
                ("parent_workflow", "parent_workflow", parent_workflow),
                ("chat_name", "chat_name", chat_name),
                ("chat_proactive_response", "chat_proactive_response", chat_proactive_response),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_workflows_partial_update.OPERATION,
            _ai_mentor_orgs_workflows_partial_update.build_request(
                org=org, unique_id=unique_id, body=body
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: WorkflowRequest,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    @overload
    def update(
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
    ) -> Workflow: ...

    def update(
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
    ) -> Workflow:
        """Update a workflow

        Update workflow information. Basic ReactFlow JSON validation is performed.

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
            Workflow
        """
        body = body_from_fields(
            "ai_mentor.orgs.workflows.update",
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
            _ai_mentor_orgs_workflows_update.OPERATION,
            _ai_mentor_orgs_workflows_update.build_request(org=org, unique_id=unique_id, body=body),
            options,
        )


class AiMentorOrgsWorkflowsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.workflows`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWorkflowsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)

    @cached_property
    def activate(self) -> AiMentorOrgsWorkflowsActivateResourceWithRawResponse:
        from .activate import AiMentorOrgsWorkflowsActivateResourceWithRawResponse

        return AiMentorOrgsWorkflowsActivateResourceWithRawResponse(self._resource.activate)

    @cached_property
    def chat(self) -> AiMentorOrgsWorkflowsChatResourceWithRawResponse:
        from .chat import AiMentorOrgsWorkflowsChatResourceWithRawResponse

        return AiMentorOrgsWorkflowsChatResourceWithRawResponse(self._resource.chat)

    @cached_property
    def deactivate(self) -> AiMentorOrgsWorkflowsDeactivateResourceWithRawResponse:
        from .deactivate import AiMentorOrgsWorkflowsDeactivateResourceWithRawResponse

        return AiMentorOrgsWorkflowsDeactivateResourceWithRawResponse(self._resource.deactivate)

    @cached_property
    def node_types(self) -> AiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse:
        from .node_types import AiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse

        return AiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse(self._resource.node_types)

    @cached_property
    def publish(self) -> AiMentorOrgsWorkflowsPublishResourceWithRawResponse:
        from .publish import AiMentorOrgsWorkflowsPublishResourceWithRawResponse

        return AiMentorOrgsWorkflowsPublishResourceWithRawResponse(self._resource.publish)

    @cached_property
    def unpublish(self) -> AiMentorOrgsWorkflowsUnpublishResourceWithRawResponse:
        from .unpublish import AiMentorOrgsWorkflowsUnpublishResourceWithRawResponse

        return AiMentorOrgsWorkflowsUnpublishResourceWithRawResponse(self._resource.unpublish)

    @cached_property
    def validate(self) -> AiMentorOrgsWorkflowsValidateResourceWithRawResponse:
        from .validate import AiMentorOrgsWorkflowsValidateResourceWithRawResponse

        return AiMentorOrgsWorkflowsValidateResourceWithRawResponse(self._resource.validate)


class AsyncAiMentorOrgsWorkflowsResource:
    """`AsyncClient.ai_mentor.orgs.workflows`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsWorkflowsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWorkflowsResourceWithRawResponse(self)

    @cached_property
    def activate(self) -> AsyncAiMentorOrgsWorkflowsActivateResource:
        from .activate import AsyncAiMentorOrgsWorkflowsActivateResource

        return AsyncAiMentorOrgsWorkflowsActivateResource(self._client)

    @cached_property
    def chat(self) -> AsyncAiMentorOrgsWorkflowsChatResource:
        from .chat import AsyncAiMentorOrgsWorkflowsChatResource

        return AsyncAiMentorOrgsWorkflowsChatResource(self._client)

    @cached_property
    def deactivate(self) -> AsyncAiMentorOrgsWorkflowsDeactivateResource:
        from .deactivate import AsyncAiMentorOrgsWorkflowsDeactivateResource

        return AsyncAiMentorOrgsWorkflowsDeactivateResource(self._client)

    @cached_property
    def node_types(self) -> AsyncAiMentorOrgsWorkflowsNodeTypesResource:
        from .node_types import AsyncAiMentorOrgsWorkflowsNodeTypesResource

        return AsyncAiMentorOrgsWorkflowsNodeTypesResource(self._client)

    @cached_property
    def publish(self) -> AsyncAiMentorOrgsWorkflowsPublishResource:
        from .publish import AsyncAiMentorOrgsWorkflowsPublishResource

        return AsyncAiMentorOrgsWorkflowsPublishResource(self._client)

    @cached_property
    def unpublish(self) -> AsyncAiMentorOrgsWorkflowsUnpublishResource:
        from .unpublish import AsyncAiMentorOrgsWorkflowsUnpublishResource

        return AsyncAiMentorOrgsWorkflowsUnpublishResource(self._client)

    @cached_property
    def validate(self) -> AsyncAiMentorOrgsWorkflowsValidateResource:
        from .validate import AsyncAiMentorOrgsWorkflowsValidateResource

        return AsyncAiMentorOrgsWorkflowsValidateResource(self._client)

    async def list(
        self,
        *,
        org: str,
        created_by: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedWorkflowList:
        """List workflows

        Retrieve a list of workflows in the platform with optional filtering and search.

        Args:
            org (str, path)
            created_by (str | Unset, query)
            is_active (bool | Unset, query)
            is_template (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PaginatedWorkflowList
        """
        return await self._client._send(
            _ai_mentor_orgs_workflows_list.OPERATION,
            _ai_mentor_orgs_workflows_list.build_request(
                org=org,
                created_by=created_by,
                is_active=is_active,
                is_template=is_template,
                limit=limit,
                offset=offset,
                search=search,
                sort=sort,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        created_by: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Workflow]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_workflows_list.OPERATION,
            _ai_mentor_orgs_workflows_list.build_request(
                org=org,
                created_by=created_by,
                is_active=is_active,
                is_template=is_template,
                limit=limit,
                offset=offset,
                search=search,
                sort=sort,
            ),
            _ai_mentor_orgs_workflows_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        body: WorkflowRequest,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        name: str,
        definition: Any,
        description: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    async def create(
        self,
        *,
        org: str,
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
    ) -> Workflow:
        """Create a new workflow

        Create a new workflow definition. Basic ReactFlow JSON validation is performed.

        Args:
            org (str, path)
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
            Workflow
        """
        body = body_from_fields(
            "ai_mentor.orgs.workflows.create",
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
            _ai_mentor_orgs_workflows_create.OPERATION,
            _ai_mentor_orgs_workflows_create.build_request(org=org, body=body),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        unique_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a workflow

        Delete a workflow permanently.

        Args:
            org (str, path)
            unique_id (UUID, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_workflows_destroy.OPERATION,
            _ai_mentor_orgs_workflows_destroy.build_request(org=org, unique_id=unique_id),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        unique_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> Workflow:
        """Retrieve a workflow

        Get detailed information about a specific workflow.

        Args:
            org (str, path)
            unique_id (UUID, path)

        Returns:
            Workflow
        """
        return await self._client._send(
            _ai_mentor_orgs_workflows_retrieve.OPERATION,
            _ai_mentor_orgs_workflows_retrieve.build_request(org=org, unique_id=unique_id),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: PatchedWorkflow | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        unique_id: UUID,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        definition: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    async def partial_update(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: PatchedWorkflow | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        definition: Any | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        parent_workflow: int | None | Unset = UNSET,
        chat_name: str | Unset = UNSET,
        chat_proactive_response: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Workflow:
        """API ViewSet for managing workflows.  Provides CRUD operations for workflow definitions
        with platform-scoped access. All operations require platform admin permissions.
        Endpoints: - GET /orgs/<org>/workflows/ - List workflows in platform - POST
        /orgs/<org>/workflows/ - Create new workflow - GET /orgs/<org>/workflows/<unique_id>/ -
        Retrieve workflow - PUT/PATCH /orgs/<org>/workflows/<unique_id>/ - Update workflow -
        DELETE /orgs/<org>/workflows/<unique_id>/ - Delete workflow - POST
        /orgs/<org>/workflows/<unique_id>/validate/ - Validate workflow for execution - POST
        /orgs/<org>/workflows/<unique_id>/publish/ - Save, validate, and activate - POST
        /orgs/<org>/workflows/<unique_id>/activate/ - Validate and activate (no save) - POST
        /orgs/<org>/workflows/<unique_id>/deactivate/ - Take offline - POST
        /orgs/<org>/workflows/<unique_id>/unpublish/ - Alias for deactivate - GET/POST
        /orgs/<org>/workflows/<unique_id>/chat/ - Get entry mentor info for chat  Query
        Parameters: - search: Search in name and description fields - is_active: Filter by
        active status (true/false) - is_template: Filter by template status (true/false) -
        created_by: Filter by creator username - sort: Order by field (prefix with - for
        descending)   Examples: sort=name, sort=-created_at, sort=updated_at  Permissions: -
        Uses RBAC for fine-grained access control - Owner-based access via created_by field
        Note: The 'org' URL parameter maps to Platform.key (platform key). This is a naming
        convention in the codebase for consistency.

        Args:
            org (str, path)
            unique_id (UUID, path)
            body (PatchedWorkflow | Unset, request body): Serializer for Workflow CRUD
                operations. Provides basic ReactFlow JSON validation (Phase 1) to ensure
                definitions are renderable, while allowing draft workflows that may not be
                executable. Comprehensive execution validation (Phase 2) is available via the
                validate action endpoint. Fields: - All model fields are exposed - Platform and
                creator are set automatically from URL context - Read-only fields: id,
                unique_id, created_at, updated_at - Chat settings (chat_name, chat_greeting,
                etc.) update the entry_mentor
            Or the body's fields as keywords instead of body=: name, description, definition,
                is_active, is_template, parent_workflow, chat_name, chat_proactive_response

        Returns:
            Workflow
        """
        body = optional_body_from_fields(
            "ai_mentor.orgs.workflows.partial_update",
            body,
            PatchedWorkflow,
            [],
            (
                ("name", "name", name),
                ("description", "description", description),
                ("definition", "definition", definition),
                ("is_active", "is_active", is_active),
                ("is_template", "is_template", is_template),
                ("parent_workflow", "parent_workflow", parent_workflow),
                ("chat_name", "chat_name", chat_name),
                ("chat_proactive_response", "chat_proactive_response", chat_proactive_response),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_workflows_partial_update.OPERATION,
            _ai_mentor_orgs_workflows_partial_update.build_request(
                org=org, unique_id=unique_id, body=body
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        unique_id: UUID,
        body: WorkflowRequest,
        **options: Unpack[RequestOptions],
    ) -> Workflow: ...

    @overload
    async def update(
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
    ) -> Workflow: ...

    async def update(
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
    ) -> Workflow:
        """Update a workflow

        Update workflow information. Basic ReactFlow JSON validation is performed.

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
            Workflow
        """
        body = body_from_fields(
            "ai_mentor.orgs.workflows.update",
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
            _ai_mentor_orgs_workflows_update.OPERATION,
            _ai_mentor_orgs_workflows_update.build_request(org=org, unique_id=unique_id, body=body),
            options,
        )


class AsyncAiMentorOrgsWorkflowsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.workflows`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWorkflowsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def activate(self) -> AsyncAiMentorOrgsWorkflowsActivateResourceWithRawResponse:
        from .activate import AsyncAiMentorOrgsWorkflowsActivateResourceWithRawResponse

        return AsyncAiMentorOrgsWorkflowsActivateResourceWithRawResponse(self._resource.activate)

    @cached_property
    def chat(self) -> AsyncAiMentorOrgsWorkflowsChatResourceWithRawResponse:
        from .chat import AsyncAiMentorOrgsWorkflowsChatResourceWithRawResponse

        return AsyncAiMentorOrgsWorkflowsChatResourceWithRawResponse(self._resource.chat)

    @cached_property
    def deactivate(self) -> AsyncAiMentorOrgsWorkflowsDeactivateResourceWithRawResponse:
        from .deactivate import AsyncAiMentorOrgsWorkflowsDeactivateResourceWithRawResponse

        return AsyncAiMentorOrgsWorkflowsDeactivateResourceWithRawResponse(
            self._resource.deactivate
        )

    @cached_property
    def node_types(self) -> AsyncAiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse:
        from .node_types import AsyncAiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse

        return AsyncAiMentorOrgsWorkflowsNodeTypesResourceWithRawResponse(self._resource.node_types)

    @cached_property
    def publish(self) -> AsyncAiMentorOrgsWorkflowsPublishResourceWithRawResponse:
        from .publish import AsyncAiMentorOrgsWorkflowsPublishResourceWithRawResponse

        return AsyncAiMentorOrgsWorkflowsPublishResourceWithRawResponse(self._resource.publish)

    @cached_property
    def unpublish(self) -> AsyncAiMentorOrgsWorkflowsUnpublishResourceWithRawResponse:
        from .unpublish import AsyncAiMentorOrgsWorkflowsUnpublishResourceWithRawResponse

        return AsyncAiMentorOrgsWorkflowsUnpublishResourceWithRawResponse(self._resource.unpublish)

    @cached_property
    def validate(self) -> AsyncAiMentorOrgsWorkflowsValidateResourceWithRawResponse:
        from .validate import AsyncAiMentorOrgsWorkflowsValidateResourceWithRawResponse

        return AsyncAiMentorOrgsWorkflowsValidateResourceWithRawResponse(self._resource.validate)
