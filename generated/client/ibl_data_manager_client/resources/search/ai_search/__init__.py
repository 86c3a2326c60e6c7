"""`Client.search.ai_search`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.search import search_ai_search_retrieve as _search_ai_search_retrieve
from ....models.mentor import Mentor
from ....models.mentor_search_response import MentorSearchResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "SearchAiSearchResource",
    "SearchAiSearchResourceWithRawResponse",
    "AsyncSearchAiSearchResource",
    "AsyncSearchAiSearchResourceWithRawResponse",
]


class SearchAiSearchResource:
    """`Client.search.ai_search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchAiSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchAiSearchResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSearchResponse:
        """Legacy endpoint for backward compatible mentor search

        Args:
            audience (list[str] | Unset, query)
            category (list[str] | Unset, query)
            created_by (str | Unset, query)
            filter_facet (bool | Unset, query)
            id (int | Unset, query)
            limit (int | Unset, query)
            llm (list[str] | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            query (str | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            unique_id (UUID | Unset, query)

        Returns:
            MentorSearchResponse
        """
        return self._client._send(
            _search_ai_search_retrieve.OPERATION,
            _search_ai_search_retrieve.build_request(
                audience=audience,
                category=category,
                created_by=created_by,
                filter_facet=filter_facet,
                id=id,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                page=page,
                page_size=page_size,
                query=query,
                tags=tags,
                tenant=tenant,
                unique_id=unique_id,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Mentor]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_ai_search_retrieve.OPERATION,
            _search_ai_search_retrieve.build_request(
                audience=audience,
                category=category,
                created_by=created_by,
                filter_facet=filter_facet,
                id=id,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                page=page,
                page_size=page_size,
                query=query,
                tags=tags,
                tenant=tenant,
                unique_id=unique_id,
            ),
            _search_ai_search_retrieve.PAGE,
            options,
        )


class SearchAiSearchResourceWithRawResponse:
    """`Client.search.ai_search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchAiSearchResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSearchAiSearchResource:
    """`AsyncClient.search.ai_search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchAiSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchAiSearchResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSearchResponse:
        """Legacy endpoint for backward compatible mentor search

        Args:
            audience (list[str] | Unset, query)
            category (list[str] | Unset, query)
            created_by (str | Unset, query)
            filter_facet (bool | Unset, query)
            id (int | Unset, query)
            limit (int | Unset, query)
            llm (list[str] | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            query (str | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            unique_id (UUID | Unset, query)

        Returns:
            MentorSearchResponse
        """
        return await self._client._send(
            _search_ai_search_retrieve.OPERATION,
            _search_ai_search_retrieve.build_request(
                audience=audience,
                category=category,
                created_by=created_by,
                filter_facet=filter_facet,
                id=id,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                page=page,
                page_size=page_size,
                query=query,
                tags=tags,
                tenant=tenant,
                unique_id=unique_id,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Mentor]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_ai_search_retrieve.OPERATION,
            _search_ai_search_retrieve.build_request(
                audience=audience,
                category=category,
                created_by=created_by,
                filter_facet=filter_facet,
                id=id,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                page=page,
                page_size=page_size,
                query=query,
                tags=tags,
                tenant=tenant,
                unique_id=unique_id,
            ),
            _search_ai_search_retrieve.PAGE,
            options,
        )


class AsyncSearchAiSearchResourceWithRawResponse:
    """`AsyncClient.search.ai_search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchAiSearchResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
