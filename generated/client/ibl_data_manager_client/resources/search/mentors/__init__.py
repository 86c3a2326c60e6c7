"""`Client.search.mentors`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.search import search_mentors_retrieve as _search_mentors_retrieve
from ....models.mentor import Mentor
from ....models.mentor_search_response import MentorSearchResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .documents import (
        AsyncSearchMentorsDocumentsResource,
        AsyncSearchMentorsDocumentsResourceWithRawResponse,
        SearchMentorsDocumentsResource,
        SearchMentorsDocumentsResourceWithRawResponse,
    )

__all__ = [
    "SearchMentorsResource",
    "SearchMentorsResourceWithRawResponse",
    "AsyncSearchMentorsResource",
    "AsyncSearchMentorsResourceWithRawResponse",
]


class SearchMentorsResource:
    """`Client.search.mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchMentorsResourceWithRawResponse(self)

    @cached_property
    def documents(self) -> SearchMentorsDocumentsResource:
        from .documents import SearchMentorsDocumentsResource

        return SearchMentorsDocumentsResource(self._client)

    def retrieve(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSearchResponse:
        """Search and filter AI mentors across the platform.  This endpoint provides a powerful
        search interface for discovering AI mentors with support for filtering, pagination, and
        detailed mentor information.  Query Parameters:     # Identification parameters (for
        detail view)     id (int, optional): Retrieve a specific mentor by ID     unique_id
        (uuid, optional): Retrieve a specific mentor by UUID      # Search and filtering
        parameters     query (str, optional): Search term to filter mentors by name or
        description     tenant (str, optional): Filter by tenant/organization     llm (list,
        optional): Filter by language model type     audience (list, optional): Filter by target
        audience     category (list, optional): Filter by mentor category     tags (list,
        optional): Filter by tags     created_by (str, optional): Filter mentors created by
        specific user      # Sorting and pagination     order_by (str, optional): Field to sort
        results by ('created_at', 'recently_accessed_at')     order_direction (str, optional):
        Sort direction ('asc' or 'desc', default: 'desc')     limit (int, optional): Number of
        results per page (default: 12, max: 100)     offset (int, optional): Starting position
        for pagination  Returns:     For detail view (when id or unique_id is provided):
        A JSON response containing a single mentor's details:         {             \"id\": 123,
        \"unique_id\": \"550e8400-e29b-41d4-a716-446655440000\",             \"name\":
        \"Professor Smith\",             \"description\": \"AI mentor specializing in computer
        science\",             \"image_url\": \"https://example.com/images/prof-smith.jpg\",
        \"llm\": {                 \"id\": 1,                 \"name\": \"GPT-4\",
        \"description\": \"Advanced language model\"             },             \"audience\": {
        \"id\": 2,                 \"name\": \"College Students\",
        \"description\": \"For university-level learners\"             },
        \"category\": \"Computer Science\",             \"tags\": [\"programming\",
        \"algorithms\", \"data structures\"],             \"created_at\":
        \"2023-01-15T12:00:00Z\",             \"recently_accessed_at\":
        \"2023-06-20T15:30:00Z\",             \"platform\": {                 \"id\": 1,
        \"name\": \"Example University\",                 \"key\": \"example-university\"
        },             \"visibility\": \"public\",             \"settings\": {
        \"temperature\": 0.7,                 \"max_tokens\": 1024,
        \"system_prompt\": \"You are Professor Smith, an expert in computer science...\"
        }         }      For list view:         A JSON response containing:         {
        \"results\": [                 {                     \"id\": 123,
        \"unique_id\": \"550e8400-e29b-41d4-a716-446655440000\",                     \"name\":
        \"Professor Smith\",                     \"description\": \"AI mentor specializing in
        computer science\",                     \"image_url\":
        \"https://example.com/images/prof-smith.jpg\",                     \"llm\": {\"id\": 1,
        \"name\": \"GPT-4\"},                     \"audience\": {\"id\": 2, \"name\": \"College
        Students\"},                     \"category\": \"Computer Science\",
        \"tags\": [\"programming\", \"algorithms\"],                     \"created_at\":
        \"2023-01-15T12:00:00Z\",                     \"recently_accessed_at\":
        \"2023-06-20T15:30:00Z\"                 },                 // Additional mentor
        objects...             ],             \"count\": 50,             \"next\":
        \"https://api.example.com/api/search/mentors/?limit=12&offset=12\",
        \"previous\": null,             \"current_page\": 1,             \"num_pages\": 5,
        \"facets\": {                 \"llm\": [                     {\"key\": \"GPT-4\",
        \"doc_count\": 30},                     {\"key\": \"Claude\", \"doc_count\": 20}
        ],                 \"audience\": [                     {\"key\": \"College Students\",
        \"doc_count\": 35},                     {\"key\": \"Professionals\", \"doc_count\": 15}
        ],                 \"category\": [                     {\"key\": \"Computer Science\",
        \"doc_count\": 25},                     {\"key\": \"Mathematics\", \"doc_count\": 15},
        {\"key\": \"Business\", \"doc_count\": 10}                 ]             }         }
        Error Responses:     400 Bad Request: If the request parameters are invalid     404 Not
        Found: If the requested mentor doesn't exist     500 Internal Server Error: If an
        unexpected error occurs  Notes:     - Results are cached for performance     - Public
        mentors are visible to all users     - Private mentors are only visible to authorized
        users

        Args:
            audience (list[str] | Unset, query)
            category (list[str] | Unset, query)
            created_by (str | Unset, query)
            featured (bool | Unset, query)
            id (int | Unset, query)
            include_main_public_mentors (bool | Unset, query)
            limit (int | Unset, query)
            llm (list[str] | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (str | Unset, query)
            query (str | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            unique_id (UUID | Unset, query)

        Returns:
            MentorSearchResponse
        """
        return self._client._send(
            _search_mentors_retrieve.OPERATION,
            _search_mentors_retrieve.build_request(
                audience=audience,
                category=category,
                created_by=created_by,
                featured=featured,
                id=id,
                include_main_public_mentors=include_main_public_mentors,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
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
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Mentor]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_mentors_retrieve.OPERATION,
            _search_mentors_retrieve.build_request(
                audience=audience,
                category=category,
                created_by=created_by,
                featured=featured,
                id=id,
                include_main_public_mentors=include_main_public_mentors,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                query=query,
                tags=tags,
                tenant=tenant,
                unique_id=unique_id,
            ),
            _search_mentors_retrieve.PAGE,
            options,
        )


class SearchMentorsResourceWithRawResponse:
    """`Client.search.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchMentorsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def documents(self) -> SearchMentorsDocumentsResourceWithRawResponse:
        from .documents import SearchMentorsDocumentsResourceWithRawResponse

        return SearchMentorsDocumentsResourceWithRawResponse(self._resource.documents)


class AsyncSearchMentorsResource:
    """`AsyncClient.search.mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchMentorsResourceWithRawResponse(self)

    @cached_property
    def documents(self) -> AsyncSearchMentorsDocumentsResource:
        from .documents import AsyncSearchMentorsDocumentsResource

        return AsyncSearchMentorsDocumentsResource(self._client)

    async def retrieve(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorSearchResponse:
        """Search and filter AI mentors across the platform.  This endpoint provides a powerful
        search interface for discovering AI mentors with support for filtering, pagination, and
        detailed mentor information.  Query Parameters:     # Identification parameters (for
        detail view)     id (int, optional): Retrieve a specific mentor by ID     unique_id
        (uuid, optional): Retrieve a specific mentor by UUID      # Search and filtering
        parameters     query (str, optional): Search term to filter mentors by name or
        description     tenant (str, optional): Filter by tenant/organization     llm (list,
        optional): Filter by language model type     audience (list, optional): Filter by target
        audience     category (list, optional): Filter by mentor category     tags (list,
        optional): Filter by tags     created_by (str, optional): Filter mentors created by
        specific user      # Sorting and pagination     order_by (str, optional): Field to sort
        results by ('created_at', 'recently_accessed_at')     order_direction (str, optional):
        Sort direction ('asc' or 'desc', default: 'desc')     limit (int, optional): Number of
        results per page (default: 12, max: 100)     offset (int, optional): Starting position
        for pagination  Returns:     For detail view (when id or unique_id is provided):
        A JSON response containing a single mentor's details:         {             \"id\": 123,
        \"unique_id\": \"550e8400-e29b-41d4-a716-446655440000\",             \"name\":
        \"Professor Smith\",             \"description\": \"AI mentor specializing in computer
        science\",             \"image_url\": \"https://example.com/images/prof-smith.jpg\",
        \"llm\": {                 \"id\": 1,                 \"name\": \"GPT-4\",
        \"description\": \"Advanced language model\"             },             \"audience\": {
        \"id\": 2,                 \"name\": \"College Students\",
        \"description\": \"For university-level learners\"             },
        \"category\": \"Computer Science\",             \"tags\": [\"programming\",
        \"algorithms\", \"data structures\"],             \"created_at\":
        \"2023-01-15T12:00:00Z\",             \"recently_accessed_at\":
        \"2023-06-20T15:30:00Z\",             \"platform\": {                 \"id\": 1,
        \"name\": \"Example University\",                 \"key\": \"example-university\"
        },             \"visibility\": \"public\",             \"settings\": {
        \"temperature\": 0.7,                 \"max_tokens\": 1024,
        \"system_prompt\": \"You are Professor Smith, an expert in computer science...\"
        }         }      For list view:         A JSON response containing:         {
        \"results\": [                 {                     \"id\": 123,
        \"unique_id\": \"550e8400-e29b-41d4-a716-446655440000\",                     \"name\":
        \"Professor Smith\",                     \"description\": \"AI mentor specializing in
        computer science\",                     \"image_url\":
        \"https://example.com/images/prof-smith.jpg\",                     \"llm\": {\"id\": 1,
        \"name\": \"GPT-4\"},                     \"audience\": {\"id\": 2, \"name\": \"College
        Students\"},                     \"category\": \"Computer Science\",
        \"tags\": [\"programming\", \"algorithms\"],                     \"created_at\":
        \"2023-01-15T12:00:00Z\",                     \"recently_accessed_at\":
        \"2023-06-20T15:30:00Z\"                 },                 // Additional mentor
        objects...             ],             \"count\": 50,             \"next\":
        \"https://api.example.com/api/search/mentors/?limit=12&offset=12\",
        \"previous\": null,             \"current_page\": 1,             \"num_pages\": 5,
        \"facets\": {                 \"llm\": [                     {\"key\": \"GPT-4\",
        \"doc_count\": 30},                     {\"key\": \"Claude\", \"doc_count\": 20}
        ],                 \"audience\": [                     {\"key\": \"College Students\",
        \"doc_count\": 35},                     {\"key\": \"Professionals\", \"doc_count\": 15}
        ],                 \"category\": [                     {\"key\": \"Computer Science\",
        \"doc_count\": 25},                     {\"key\": \"Mathematics\", \"doc_count\": 15},
        {\"key\": \"Business\", \"doc_count\": 10}                 ]             }         }
        Error Responses:     400 Bad Request: If the request parameters are invalid     404 Not
        Found: If the requested mentor doesn't exist     500 Internal Server Error: If an
        unexpected error occurs  Notes:     - Results are cached for performance     - Public
        mentors are visible to all users     - Private mentors are only visible to authorized
        users

        Args:
            audience (list[str] | Unset, query)
            category (list[str] | Unset, query)
            created_by (str | Unset, query)
            featured (bool | Unset, query)
            id (int | Unset, query)
            include_main_public_mentors (bool | Unset, query)
            limit (int | Unset, query)
            llm (list[str] | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (str | Unset, query)
            query (str | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            unique_id (UUID | Unset, query)

        Returns:
            MentorSearchResponse
        """
        return await self._client._send(
            _search_mentors_retrieve.OPERATION,
            _search_mentors_retrieve.build_request(
                audience=audience,
                category=category,
                created_by=created_by,
                featured=featured,
                id=id,
                include_main_public_mentors=include_main_public_mentors,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
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
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Mentor]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_mentors_retrieve.OPERATION,
            _search_mentors_retrieve.build_request(
                audience=audience,
                category=category,
                created_by=created_by,
                featured=featured,
                id=id,
                include_main_public_mentors=include_main_public_mentors,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                query=query,
                tags=tags,
                tenant=tenant,
                unique_id=unique_id,
            ),
            _search_mentors_retrieve.PAGE,
            options,
        )


class AsyncSearchMentorsResourceWithRawResponse:
    """`AsyncClient.search.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchMentorsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def documents(self) -> AsyncSearchMentorsDocumentsResourceWithRawResponse:
        from .documents import AsyncSearchMentorsDocumentsResourceWithRawResponse

        return AsyncSearchMentorsDocumentsResourceWithRawResponse(self._resource.documents)
