"""`Client.ai_index.orgs.users.documents.search`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_index import (
    ai_index_orgs_users_documents_search_create as _ai_index_orgs_users_documents_search_create,
)
from .......models.retriever_request_search import RetrieverRequestSearch
from .......models.retriever_response_search import RetrieverResponseSearch
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiIndexOrgsUsersDocumentsSearchResource",
    "AiIndexOrgsUsersDocumentsSearchResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsSearchResource",
    "AsyncAiIndexOrgsUsersDocumentsSearchResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsSearchResource:
    """`Client.ai_index.orgs.users.documents.search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsSearchResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: RetrieverRequestSearch,
        **options: Unpack[RequestOptions],
    ) -> RetrieverResponseSearch: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        query: str,
        pathway: str,
        **options: Unpack[RequestOptions],
    ) -> RetrieverResponseSearch: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: RetrieverRequestSearch | Unset = UNSET,
        query: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RetrieverResponseSearch:
        """Retrieve resource documents similar to the given query.  This endpoint performs a
        semantic search to find documents that are relevant to the provided query within the
        specified pathway.  Args:     request: The HTTP request containing the search query.
        org: Organization key identifier.  Returns:     Response: A list of documents relevant
        to the search query.  Raises:     ValidationError: If the request data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (RetrieverRequestSearch, request body)
            Or the body's fields as keywords instead of body=: query, pathway

        Returns:
            RetrieverResponseSearch
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.search.create",
            body,
            RetrieverRequestSearch,
            ["query", "pathway"],
            (
                ("query", "query", query),
                ("pathway", "pathway", pathway),
            ),
        )
        return self._client._send(
            _ai_index_orgs_users_documents_search_create.OPERATION,
            _ai_index_orgs_users_documents_search_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsSearchResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsSearchResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiIndexOrgsUsersDocumentsSearchResource:
    """`AsyncClient.ai_index.orgs.users.documents.search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersDocumentsSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsSearchResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: RetrieverRequestSearch,
        **options: Unpack[RequestOptions],
    ) -> RetrieverResponseSearch: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        query: str,
        pathway: str,
        **options: Unpack[RequestOptions],
    ) -> RetrieverResponseSearch: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: RetrieverRequestSearch | Unset = UNSET,
        query: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RetrieverResponseSearch:
        """Retrieve resource documents similar to the given query.  This endpoint performs a
        semantic search to find documents that are relevant to the provided query within the
        specified pathway.  Args:     request: The HTTP request containing the search query.
        org: Organization key identifier.  Returns:     Response: A list of documents relevant
        to the search query.  Raises:     ValidationError: If the request data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (RetrieverRequestSearch, request body)
            Or the body's fields as keywords instead of body=: query, pathway

        Returns:
            RetrieverResponseSearch
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.search.create",
            body,
            RetrieverRequestSearch,
            ["query", "pathway"],
            (
                ("query", "query", query),
                ("pathway", "pathway", pathway),
            ),
        )
        return await self._client._send(
            _ai_index_orgs_users_documents_search_create.OPERATION,
            _ai_index_orgs_users_documents_search_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsSearchResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsSearchResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
