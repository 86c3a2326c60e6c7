"""`Client.ai_index.orgs.users.documents.tasks`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_index import (
    ai_index_orgs_users_documents_tasks_retrieve as _ai_index_orgs_users_documents_tasks_retrieve,
)
from .......models.check_document_training_status import CheckDocumentTrainingStatus

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiIndexOrgsUsersDocumentsTasksResource",
    "AiIndexOrgsUsersDocumentsTasksResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsTasksResource",
    "AsyncAiIndexOrgsUsersDocumentsTasksResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsTasksResource:
    """`Client.ai_index.orgs.users.documents.tasks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsTasksResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> CheckDocumentTrainingStatus:
        """Check the status of a document training task.  This endpoint retrieves the current
        status of an asynchronous document training task that was previously initiated.  Args:
        request: The HTTP request.     org: Organization key identifier.     task_id: The ID of
        the training task to check.  Returns:     Response: The current status of the document
        training task,              which can be \"pending\", \"completed\", or \"failed\".

        Args:
            org (str, path)
            user_id (str, path)
            task_id (str, path)

        Returns:
            CheckDocumentTrainingStatus
        """
        return self._client._send(
            _ai_index_orgs_users_documents_tasks_retrieve.OPERATION,
            _ai_index_orgs_users_documents_tasks_retrieve.build_request(
                org=org, user_id=user_id, task_id=task_id
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsTasksResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsTasksResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiIndexOrgsUsersDocumentsTasksResource:
    """`AsyncClient.ai_index.orgs.users.documents.tasks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersDocumentsTasksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsTasksResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        task_id: str,
        **options: Unpack[RequestOptions],
    ) -> CheckDocumentTrainingStatus:
        """Check the status of a document training task.  This endpoint retrieves the current
        status of an asynchronous document training task that was previously initiated.  Args:
        request: The HTTP request.     org: Organization key identifier.     task_id: The ID of
        the training task to check.  Returns:     Response: The current status of the document
        training task,              which can be \"pending\", \"completed\", or \"failed\".

        Args:
            org (str, path)
            user_id (str, path)
            task_id (str, path)

        Returns:
            CheckDocumentTrainingStatus
        """
        return await self._client._send(
            _ai_index_orgs_users_documents_tasks_retrieve.OPERATION,
            _ai_index_orgs_users_documents_tasks_retrieve.build_request(
                org=org, user_id=user_id, task_id=task_id
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsTasksResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.tasks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsTasksResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
