"""`Client.ai_index.orgs.users.documents.train`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_index import (
    ai_index_orgs_users_documents_train_create as _ai_index_orgs_users_documents_train_create,
)
from .......models.ai_index_orgs_users_documents_train_create_body import (
    AiIndexOrgsUsersDocumentsTrainCreateBody,
)
from .......models.train_document_view_response import TrainDocumentViewResponse

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .retriever import (
        AiIndexOrgsUsersDocumentsTrainRetrieverResource,
        AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse,
        AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource,
        AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse,
    )

__all__ = [
    "AiIndexOrgsUsersDocumentsTrainResource",
    "AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsTrainResource",
    "AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsTrainResource:
    """`Client.ai_index.orgs.users.documents.train`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse(self)

    @cached_property
    def retriever(self) -> AiIndexOrgsUsersDocumentsTrainRetrieverResource:
        from .retriever import AiIndexOrgsUsersDocumentsTrainRetrieverResource

        return AiIndexOrgsUsersDocumentsTrainRetrieverResource(self._client)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainCreateBody,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse:
        """Train a document through a worker process.  This endpoint queues larger documents for
        training through a worker process, which is more suitable for handling documents that
        would take too long to process directly.  Args:     request: The HTTP request containing
        the document information.     org: Organization key identifier.  Returns:     Response:
        A confirmation that the document was queued for training,              including a task
        ID for tracking the progress.  Raises:     ValidationError: If the request data is
        invalid.     BadRequest: If there was an error processing the document.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiIndexOrgsUsersDocumentsTrainCreateBody, request body)

        Returns:
            TrainDocumentViewResponse
        """
        return self._client._send(
            _ai_index_orgs_users_documents_train_create.OPERATION,
            _ai_index_orgs_users_documents_train_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.train`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsTrainResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)

    @cached_property
    def retriever(self) -> AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse:
        from .retriever import AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse

        return AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse(
            self._resource.retriever
        )


class AsyncAiIndexOrgsUsersDocumentsTrainResource:
    """`AsyncClient.ai_index.orgs.users.documents.train`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse(self)

    @cached_property
    def retriever(self) -> AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource:
        from .retriever import AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource

        return AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource(self._client)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainCreateBody,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse:
        """Train a document through a worker process.  This endpoint queues larger documents for
        training through a worker process, which is more suitable for handling documents that
        would take too long to process directly.  Args:     request: The HTTP request containing
        the document information.     org: Organization key identifier.  Returns:     Response:
        A confirmation that the document was queued for training,              including a task
        ID for tracking the progress.  Raises:     ValidationError: If the request data is
        invalid.     BadRequest: If there was an error processing the document.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiIndexOrgsUsersDocumentsTrainCreateBody, request body)

        Returns:
            TrainDocumentViewResponse
        """
        return await self._client._send(
            _ai_index_orgs_users_documents_train_create.OPERATION,
            _ai_index_orgs_users_documents_train_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsTrainResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.train`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsTrainResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def retriever(self) -> AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse:
        from .retriever import AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse

        return AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse(
            self._resource.retriever
        )
