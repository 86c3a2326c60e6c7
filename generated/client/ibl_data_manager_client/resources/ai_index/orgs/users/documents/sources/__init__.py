"""`Client.ai_index.orgs.users.documents.sources`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_index import (
    ai_index_orgs_users_documents_sources_create as _ai_index_orgs_users_documents_sources_create,
)
from .......models.retriever_request_search import RetrieverRequestSearch
from .......models.retriever_request_search_document import RetrieverRequestSearchDocument
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiIndexOrgsUsersDocumentsSourcesResource",
    "AiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse",
    "AsyncAiIndexOrgsUsersDocumentsSourcesResource",
    "AsyncAiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse",
]


class AiIndexOrgsUsersDocumentsSourcesResource:
    """`Client.ai_index.orgs.users.documents.sources`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: RetrieverRequestSearch,
        **options: Unpack[RequestOptions],
    ) -> list[RetrieverRequestSearchDocument]: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        query: str,
        pathway: str,
        **options: Unpack[RequestOptions],
    ) -> list[RetrieverRequestSearchDocument]: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: RetrieverRequestSearch | Unset = UNSET,
        query: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[RetrieverRequestSearchDocument]:
        """Retrieve document sources related to a given query.  This endpoint performs a semantic
        search to find document sources that are relevant to the provided query within the
        specified pathway, and returns them along with confidence levels.  Args:     request:
        The HTTP request containing the search query.     org: Organization key identifier.
        Returns:     Response: A list of document sources with confidence levels.  Raises:
        ValidationError: If the request data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (RetrieverRequestSearch, request body)
            Or the body's fields as keywords instead of body=: query, pathway

        Returns:
            list[RetrieverRequestSearchDocument]
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.sources.create",
            body,
            RetrieverRequestSearch,
            ["query", "pathway"],
            (
                ("query", "query", query),
                ("pathway", "pathway", pathway),
            ),
        )
        return self._client._send(
            _ai_index_orgs_users_documents_sources_create.OPERATION,
            _ai_index_orgs_users_documents_sources_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse:
    """`Client.ai_index.orgs.users.documents.sources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexOrgsUsersDocumentsSourcesResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiIndexOrgsUsersDocumentsSourcesResource:
    """`AsyncClient.ai_index.orgs.users.documents.sources`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: RetrieverRequestSearch,
        **options: Unpack[RequestOptions],
    ) -> list[RetrieverRequestSearchDocument]: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        query: str,
        pathway: str,
        **options: Unpack[RequestOptions],
    ) -> list[RetrieverRequestSearchDocument]: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: RetrieverRequestSearch | Unset = UNSET,
        query: str | Unset = UNSET,
        pathway: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[RetrieverRequestSearchDocument]:
        """Retrieve document sources related to a given query.  This endpoint performs a semantic
        search to find document sources that are relevant to the provided query within the
        specified pathway, and returns them along with confidence levels.  Args:     request:
        The HTTP request containing the search query.     org: Organization key identifier.
        Returns:     Response: A list of document sources with confidence levels.  Raises:
        ValidationError: If the request data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (RetrieverRequestSearch, request body)
            Or the body's fields as keywords instead of body=: query, pathway

        Returns:
            list[RetrieverRequestSearchDocument]
        """
        body = body_from_fields(
            "ai_index.orgs.users.documents.sources.create",
            body,
            RetrieverRequestSearch,
            ["query", "pathway"],
            (
                ("query", "query", query),
                ("pathway", "pathway", pathway),
            ),
        )
        return await self._client._send(
            _ai_index_orgs_users_documents_sources_create.OPERATION,
            _ai_index_orgs_users_documents_sources_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiIndexOrgsUsersDocumentsSourcesResourceWithRawResponse:
    """`AsyncClient.ai_index.orgs.users.documents.sources`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexOrgsUsersDocumentsSourcesResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
