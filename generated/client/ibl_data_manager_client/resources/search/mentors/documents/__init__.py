"""`Client.search.mentors.documents`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.search import search_mentors_documents_retrieve as _search_mentors_documents_retrieve
from .....models.document import Document
from .....models.document_search_response import DocumentSearchResponse
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "SearchMentorsDocumentsResource",
    "SearchMentorsDocumentsResourceWithRawResponse",
    "AsyncSearchMentorsDocumentsResource",
    "AsyncSearchMentorsDocumentsResourceWithRawResponse",
]


class SearchMentorsDocumentsResource:
    """`Client.search.mentors.documents`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchMentorsDocumentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchMentorsDocumentsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        mentor_unique_id: UUID,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentSearchResponse:
        """Search and filter documents associated with a specific mentor

        Args:
            mentor_unique_id (UUID, path)
            access (str | Unset, query)
            document_type (str | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (str | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            training_status (str | Unset, query)

        Returns:
            DocumentSearchResponse
        """
        return self._client._send(
            _search_mentors_documents_retrieve.OPERATION,
            _search_mentors_documents_retrieve.build_request(
                mentor_unique_id=mentor_unique_id,
                access=access,
                document_type=document_type,
                limit=limit,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                training_status=training_status,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        mentor_unique_id: UUID,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Document]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_mentors_documents_retrieve.OPERATION,
            _search_mentors_documents_retrieve.build_request(
                mentor_unique_id=mentor_unique_id,
                access=access,
                document_type=document_type,
                limit=limit,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                training_status=training_status,
            ),
            _search_mentors_documents_retrieve.PAGE,
            options,
        )


class SearchMentorsDocumentsResourceWithRawResponse:
    """`Client.search.mentors.documents`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchMentorsDocumentsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSearchMentorsDocumentsResource:
    """`AsyncClient.search.mentors.documents`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchMentorsDocumentsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchMentorsDocumentsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        mentor_unique_id: UUID,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentSearchResponse:
        """Search and filter documents associated with a specific mentor

        Args:
            mentor_unique_id (UUID, path)
            access (str | Unset, query)
            document_type (str | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (str | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            training_status (str | Unset, query)

        Returns:
            DocumentSearchResponse
        """
        return await self._client._send(
            _search_mentors_documents_retrieve.OPERATION,
            _search_mentors_documents_retrieve.build_request(
                mentor_unique_id=mentor_unique_id,
                access=access,
                document_type=document_type,
                limit=limit,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                training_status=training_status,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        mentor_unique_id: UUID,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Document]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_mentors_documents_retrieve.OPERATION,
            _search_mentors_documents_retrieve.build_request(
                mentor_unique_id=mentor_unique_id,
                access=access,
                document_type=document_type,
                limit=limit,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                training_status=training_status,
            ),
            _search_mentors_documents_retrieve.PAGE,
            options,
        )


class AsyncSearchMentorsDocumentsResourceWithRawResponse:
    """`AsyncClient.search.mentors.documents`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchMentorsDocumentsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
