"""`Client.ai_index.orgs.users.documents.train.retriever`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ........_operation import RequestOptions, body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_index import (
    ai_index_orgs_users_documents_train_retriever_create as _ai_index_orgs_users_documents_train_retriever_create,
)
from ........models.ai_index_orgs_users_documents_train_retriever_create_body import (
    AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody,
)
from ........models.retreiver_train_view_response import RetreiverTrainViewResponse
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiIndexOrgsUsersDocumentsTrainRetrieverResource",
    "AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource",
    "AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsTrainRetrieverResource:
    """`Client.ai_index.orgs.users.documents.train.retriever`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody,
        **options: Unpack[RequestOptions],
    ) -> RetreiverTrainViewResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        pathway: str,
        url: str,
        **options: Unpack[RequestOptions],
    ) -> RetreiverTrainViewResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody | Unset = UNSET,
        pathway: str | Unset = UNSET,
        url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RetreiverTrainViewResponse:
        """Train a document directly without using a worker.  This endpoint is designed for
        training smaller documents directly without queuing them through a worker process. For
        larger documents, use the TrainDocumentView endpoint instead.  Args:     request: The
        HTTP request containing the document information.     org: Organization key identifier.
        Returns:     Response: A confirmation that the document was trained successfully.
        Raises:     ValidationError: If the request data is invalid.     BadRequest: If the
        document training failed.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody, request body)
            Or the body's fields as keywords instead of body=: pathway, url

        Returns:
            RetreiverTrainViewResponse
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.train.retriever.create",
            body,
            AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody,
            ["pathway", "url"],
            (
                ("pathway", "pathway", pathway),
                ("url", "url", url),
            ),
        )
        return self._client._send(
            _ai_index_orgs_users_documents_train_retriever_create.OPERATION,
            _ai_index_orgs_users_documents_train_retriever_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.train.retriever`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsTrainRetrieverResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource:
    """`AsyncClient.ai_index.orgs.users.documents.train.retriever`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody,
        **options: Unpack[RequestOptions],
    ) -> RetreiverTrainViewResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        pathway: str,
        url: str,
        **options: Unpack[RequestOptions],
    ) -> RetreiverTrainViewResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody | Unset = UNSET,
        pathway: str | Unset = UNSET,
        url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RetreiverTrainViewResponse:
        """Train a document directly without using a worker.  This endpoint is designed for
        training smaller documents directly without queuing them through a worker process. For
        larger documents, use the TrainDocumentView endpoint instead.  Args:     request: The
        HTTP request containing the document information.     org: Organization key identifier.
        Returns:     Response: A confirmation that the document was trained successfully.
        Raises:     ValidationError: If the request data is invalid.     BadRequest: If the
        document training failed.

        Args:
            org (str, path)
            user_id (str, path)
            body (AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody, request body)
            Or the body's fields as keywords instead of body=: pathway, url

        Returns:
            RetreiverTrainViewResponse
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.train.retriever.create",
            body,
            AiIndexOrgsUsersDocumentsTrainRetrieverCreateBody,
            ["pathway", "url"],
            (
                ("pathway", "pathway", pathway),
                ("url", "url", url),
            ),
        )
        return await self._client._send(
            _ai_index_orgs_users_documents_train_retriever_create.OPERATION,
            _ai_index_orgs_users_documents_train_retriever_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.train.retriever`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsTrainRetrieverResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
