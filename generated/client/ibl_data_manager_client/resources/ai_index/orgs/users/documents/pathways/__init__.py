"""`Client.ai_index.orgs.users.documents.pathways`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_index import (
    ai_index_orgs_users_documents_pathways_list as _ai_index_orgs_users_documents_pathways_list,
)
from .......models.paginated_retriever_document_embedding_list import (
    PaginatedRetrieverDocumentEmbeddingList,
)
from .......models.retriever_document_embedding import RetrieverDocumentEmbedding
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiIndexOrgsUsersDocumentsPathwaysResource",
    "AiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsPathwaysResource",
    "AsyncAiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsPathwaysResource:
    """`Client.ai_index.orgs.users.documents.pathways`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        pathway: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedRetrieverDocumentEmbeddingList:
        """Description: Retrieves a list of document embeddings for a specific pathway with
        optional search and pagination.  Methods: - GET: Retrieves document embeddings that
        match the specified search criteria and are paginated according to offset and limit.
        Parameters: - search (str): Search query to filter document names or URLs. - offset
        (int): Offset number for pagination. - limit (int): Limit number for pagination.
        Returns: - GET: A paginated list of document embeddings with their details. {
        \"count\": 10,     \"next\":
        \"http://api.example.com/retriever_documents/?offset=10&limit=2\",     \"previous\":
        \"http://api.example.com/retriever_documents/?offset=0&limit=2\",     \"results\": [
        {         \"document_name\": \"Document2\",         \"platform_key\":
        \"example_platform\",         \"pathway\": \"example_pathway\"     }     ] }  Error
        Responses: - 400 Bad Request: Invalid query parameters. - 404 Not Found: No document
        embeddings found for the specified criteria.

        Args:
            org (str, path)
            user_id (str, path)
            pathway (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedRetrieverDocumentEmbeddingList
        """
        return self._client._send(
            _ai_index_orgs_users_documents_pathways_list.OPERATION,
            _ai_index_orgs_users_documents_pathways_list.build_request(
                org=org, user_id=user_id, pathway=pathway, limit=limit, offset=offset, search=search
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        pathway: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[RetrieverDocumentEmbedding]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_index_orgs_users_documents_pathways_list.OPERATION,
            _ai_index_orgs_users_documents_pathways_list.build_request(
                org=org, user_id=user_id, pathway=pathway, limit=limit, offset=offset, search=search
            ),
            _ai_index_orgs_users_documents_pathways_list.PAGE,
            options,
        )


class AiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.pathways`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsPathwaysResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncAiIndexOrgsUsersDocumentsPathwaysResource:
    """`AsyncClient.ai_index.orgs.users.documents.pathways`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        pathway: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedRetrieverDocumentEmbeddingList:
        """Description: Retrieves a list of document embeddings for a specific pathway with
        optional search and pagination.  Methods: - GET: Retrieves document embeddings that
        match the specified search criteria and are paginated according to offset and limit.
        Parameters: - search (str): Search query to filter document names or URLs. - offset
        (int): Offset number for pagination. - limit (int): Limit number for pagination.
        Returns: - GET: A paginated list of document embeddings with their details. {
        \"count\": 10,     \"next\":
        \"http://api.example.com/retriever_documents/?offset=10&limit=2\",     \"previous\":
        \"http://api.example.com/retriever_documents/?offset=0&limit=2\",     \"results\": [
        {         \"document_name\": \"Document2\",         \"platform_key\":
        \"example_platform\",         \"pathway\": \"example_pathway\"     }     ] }  Error
        Responses: - 400 Bad Request: Invalid query parameters. - 404 Not Found: No document
        embeddings found for the specified criteria.

        Args:
            org (str, path)
            user_id (str, path)
            pathway (str, path)
            limit (int | Unset, query)
            offset (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PaginatedRetrieverDocumentEmbeddingList
        """
        return await self._client._send(
            _ai_index_orgs_users_documents_pathways_list.OPERATION,
            _ai_index_orgs_users_documents_pathways_list.build_request(
                org=org, user_id=user_id, pathway=pathway, limit=limit, offset=offset, search=search
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        pathway: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[RetrieverDocumentEmbedding]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_index_orgs_users_documents_pathways_list.OPERATION,
            _ai_index_orgs_users_documents_pathways_list.build_request(
                org=org, user_id=user_id, pathway=pathway, limit=limit, offset=offset, search=search
            ),
            _ai_index_orgs_users_documents_pathways_list.PAGE,
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsPathwaysResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.pathways`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsPathwaysResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
