"""`Client.ai_index.orgs.users.documents.document_from_pool`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_index import (
    ai_index_orgs_users_documents_document_from_pool_create as _ai_index_orgs_users_documents_document_from_pool_create,
)
from .......models.document_from_pool_request import DocumentFromPoolRequest
from .......models.train_document_view_response import TrainDocumentViewResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiIndexOrgsUsersDocumentsDocumentFromPoolResource",
    "AiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResource",
    "AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsDocumentFromPoolResource:
    """`Client.ai_index.orgs.users.documents.document_from_pool`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DocumentFromPoolRequest,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        to_pathway: str,
        document_id: int,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DocumentFromPoolRequest | Unset = UNSET,
        to_pathway: str | Unset = UNSET,
        document_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse:
        """Train a document from the document pool  Sample request: ```json {\"document_id\": 3,
        \"to_pathway\": \"7c43ec09-3d37-489c-a461-8d73df1d91c7\"} ```

        Args:
            org (str, path)
            user_id (str, path)
            body (DocumentFromPoolRequest, request body)
            Or the body's fields as keywords instead of body=: to_pathway, document_id

        Returns:
            TrainDocumentViewResponse
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.document_from_pool.create",
            body,
            DocumentFromPoolRequest,
            ["to_pathway", "document_id"],
            (
                ("to_pathway", "to_pathway", to_pathway),
                ("document_id", "document_id", document_id),
            ),
        )
        return self._client._send(
            _ai_index_orgs_users_documents_document_from_pool_create.OPERATION,
            _ai_index_orgs_users_documents_document_from_pool_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.document_from_pool`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsDocumentFromPoolResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResource:
    """`AsyncClient.ai_index.orgs.users.documents.document_from_pool`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DocumentFromPoolRequest,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        to_pathway: str,
        document_id: int,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: DocumentFromPoolRequest | Unset = UNSET,
        to_pathway: str | Unset = UNSET,
        document_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TrainDocumentViewResponse:
        """Train a document from the document pool  Sample request: ```json {\"document_id\": 3,
        \"to_pathway\": \"7c43ec09-3d37-489c-a461-8d73df1d91c7\"} ```

        Args:
            org (str, path)
            user_id (str, path)
            body (DocumentFromPoolRequest, request body)
            Or the body's fields as keywords instead of body=: to_pathway, document_id

        Returns:
            TrainDocumentViewResponse
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.document_from_pool.create",
            body,
            DocumentFromPoolRequest,
            ["to_pathway", "document_id"],
            (
                ("to_pathway", "to_pathway", to_pathway),
                ("document_id", "document_id", document_id),
            ),
        )
        return await self._client._send(
            _ai_index_orgs_users_documents_document_from_pool_create.OPERATION,
            _ai_index_orgs_users_documents_document_from_pool_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.document_from_pool`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsDocumentFromPoolResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
