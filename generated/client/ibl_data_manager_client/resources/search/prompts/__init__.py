"""`Client.search.prompts`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.search import search_prompts_retrieve as _search_prompts_retrieve
from ....models.prompt import Prompt
from ....models.prompt_search_response import PromptSearchResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "SearchPromptsResource",
    "SearchPromptsResourceWithRawResponse",
    "AsyncSearchPromptsResource",
    "AsyncSearchPromptsResourceWithRawResponse",
]


class SearchPromptsResource:
    """`Client.search.prompts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchPromptsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PromptSearchResponse:
        """Search and filter AI prompts across the platform.  This endpoint provides a search
        interface for discovering AI prompts with support for filtering, pagination, and
        detailed prompt information.  Query Parameters:     # Identification parameters (for
        detail view)     id (int, optional): Retrieve a specific prompt by ID      # Search and
        filtering parameters     query (str, optional): Search term to filter prompts by name or
        content     category (str, optional): Filter by prompt category     language (str,
        optional): Filter by prompt language     style (str, optional): Filter by writing style
        tone (str, optional): Filter by tone     tenant (str, optional): Filter by
        tenant/organization     mentor (str, optional): Filter by associated mentor (UUID)
        # Sorting and pagination     sort_by (str, optional): Field to sort results by
        order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
        alphabetical (bool, optional): Sort alphabetically by name (default: false)     limit
        (int, optional): Number of results per page (default: 10)     offset (int, optional):
        Starting position for pagination      # Special parameters     filter_facet (any,
        optional): If present, return only facets without results  Returns:     For detail view
        (when id is provided):         A JSON response containing a single prompt's details:
        {             \"id\": 456,             \"name\": \"Essay Writing Guide\",
        \"content\": \"Write a well-structured essay on the following topic: {{topic}}...\",
        \"category\": \"Academic Writing\",             \"language\": \"English\",
        \"style\": \"Formal\",             \"tone\": \"Professional\",             \"mentor\": {
        \"id\": 123,                 \"unique_id\": \"550e8400-e29b-41d4-a716-446655440000\",
        \"name\": \"Professor Smith\"             },             \"platform\": {
        \"id\": 1,                 \"name\": \"Example University\",                 \"key\":
        \"example-university\"             },             \"created_at\":
        \"2023-02-10T09:15:00Z\",             \"updated_at\": \"2023-05-05T14:20:00Z\",
        \"visibility\": \"public\",             \"variables\": [\"topic\", \"length\",
        \"style\"]         }      For list view:         A JSON response containing:         {
        \"results\": [                 {                     \"id\": 456,
        \"name\": \"Essay Writing Guide\",                     \"content\": \"Write a
        well-structured essay on the following topic: {{topic}}...\",
        \"category\": \"Academic Writing\",                     \"language\": \"English\",
        \"style\": \"Formal\",                     \"tone\": \"Professional\",
        \"mentor\": {\"id\": 123, \"name\": \"Professor Smith\"},
        \"created_at\": \"2023-02-10T09:15:00Z\",                     \"updated_at\":
        \"2023-05-05T14:20:00Z\"                 },                 // Additional prompt
        objects...             ],             \"count\": 30,             \"next\":
        \"?limit=10&offset=10\",             \"previous\": null,             \"current_page\":
        1,             \"num_pages\": 3,             \"facets\": {                 \"category\":
        [                     {\"key\": \"Academic Writing\", \"doc_count\": 15},
        {\"key\": \"Creative Writing\", \"doc_count\": 10},                     {\"key\":
        \"Technical Documentation\", \"doc_count\": 5}                 ],
        \"language\": [                     {\"key\": \"English\", \"doc_count\": 25},
        {\"key\": \"Spanish\", \"doc_count\": 5}                 ],                 \"style\": [
        {\"key\": \"Formal\", \"doc_count\": 20},                     {\"key\": \"Casual\",
        \"doc_count\": 10}                 ],                 \"tone\": [
        {\"key\": \"Professional\", \"doc_count\": 15},                     {\"key\":
        \"Friendly\", \"doc_count\": 10},                     {\"key\": \"Technical\",
        \"doc_count\": 5}                 ]             }         }  Error Responses:     400
        Bad Request: If the request parameters are invalid     403 Forbidden: If the requested
        prompt exists but is not publicly available     404 Not Found: If the requested prompt
        doesn't exist     500 Internal Server Error: If an unexpected error occurs  Notes:     -
        Only publicly available prompts are returned by default     - When filtering by mentor,
        the mentor ID must be a valid UUID

        Args:
            alphabetical (bool | Unset, query)
            category (str | Unset, query)
            created_by (str | Unset, query)
            filter_facet (bool | Unset, query)
            language (str | Unset, query)
            limit (int | Unset, query)
            mentor (str | Unset, query)
            offset (int | Unset, query)
            order_direction (str | Unset, query)
            query (str | Unset, query)
            sort_by (str | Unset, query)
            style (str | Unset, query)
            tenant (str | Unset, query)
            tone (str | Unset, query)

        Returns:
            PromptSearchResponse
        """
        return self._client._send(
            _search_prompts_retrieve.OPERATION,
            _search_prompts_retrieve.build_request(
                alphabetical=alphabetical,
                category=category,
                created_by=created_by,
                filter_facet=filter_facet,
                language=language,
                limit=limit,
                mentor=mentor,
                offset=offset,
                order_direction=order_direction,
                query=query,
                sort_by=sort_by,
                style=style,
                tenant=tenant,
                tone=tone,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Prompt]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_prompts_retrieve.OPERATION,
            _search_prompts_retrieve.build_request(
                alphabetical=alphabetical,
                category=category,
                created_by=created_by,
                filter_facet=filter_facet,
                language=language,
                limit=limit,
                mentor=mentor,
                offset=offset,
                order_direction=order_direction,
                query=query,
                sort_by=sort_by,
                style=style,
                tenant=tenant,
                tone=tone,
            ),
            _search_prompts_retrieve.PAGE,
            options,
        )


class SearchPromptsResourceWithRawResponse:
    """`Client.search.prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchPromptsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSearchPromptsResource:
    """`AsyncClient.search.prompts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchPromptsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PromptSearchResponse:
        """Search and filter AI prompts across the platform.  This endpoint provides a search
        interface for discovering AI prompts with support for filtering, pagination, and
        detailed prompt information.  Query Parameters:     # Identification parameters (for
        detail view)     id (int, optional): Retrieve a specific prompt by ID      # Search and
        filtering parameters     query (str, optional): Search term to filter prompts by name or
        content     category (str, optional): Filter by prompt category     language (str,
        optional): Filter by prompt language     style (str, optional): Filter by writing style
        tone (str, optional): Filter by tone     tenant (str, optional): Filter by
        tenant/organization     mentor (str, optional): Filter by associated mentor (UUID)
        # Sorting and pagination     sort_by (str, optional): Field to sort results by
        order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
        alphabetical (bool, optional): Sort alphabetically by name (default: false)     limit
        (int, optional): Number of results per page (default: 10)     offset (int, optional):
        Starting position for pagination      # Special parameters     filter_facet (any,
        optional): If present, return only facets without results  Returns:     For detail view
        (when id is provided):         A JSON response containing a single prompt's details:
        {             \"id\": 456,             \"name\": \"Essay Writing Guide\",
        \"content\": \"Write a well-structured essay on the following topic: {{topic}}...\",
        \"category\": \"Academic Writing\",             \"language\": \"English\",
        \"style\": \"Formal\",             \"tone\": \"Professional\",             \"mentor\": {
        \"id\": 123,                 \"unique_id\": \"550e8400-e29b-41d4-a716-446655440000\",
        \"name\": \"Professor Smith\"             },             \"platform\": {
        \"id\": 1,                 \"name\": \"Example University\",                 \"key\":
        \"example-university\"             },             \"created_at\":
        \"2023-02-10T09:15:00Z\",             \"updated_at\": \"2023-05-05T14:20:00Z\",
        \"visibility\": \"public\",             \"variables\": [\"topic\", \"length\",
        \"style\"]         }      For list view:         A JSON response containing:         {
        \"results\": [                 {                     \"id\": 456,
        \"name\": \"Essay Writing Guide\",                     \"content\": \"Write a
        well-structured essay on the following topic: {{topic}}...\",
        \"category\": \"Academic Writing\",                     \"language\": \"English\",
        \"style\": \"Formal\",                     \"tone\": \"Professional\",
        \"mentor\": {\"id\": 123, \"name\": \"Professor Smith\"},
        \"created_at\": \"2023-02-10T09:15:00Z\",                     \"updated_at\":
        \"2023-05-05T14:20:00Z\"                 },                 // Additional prompt
        objects...             ],             \"count\": 30,             \"next\":
        \"?limit=10&offset=10\",             \"previous\": null,             \"current_page\":
        1,             \"num_pages\": 3,             \"facets\": {                 \"category\":
        [                     {\"key\": \"Academic Writing\", \"doc_count\": 15},
        {\"key\": \"Creative Writing\", \"doc_count\": 10},                     {\"key\":
        \"Technical Documentation\", \"doc_count\": 5}                 ],
        \"language\": [                     {\"key\": \"English\", \"doc_count\": 25},
        {\"key\": \"Spanish\", \"doc_count\": 5}                 ],                 \"style\": [
        {\"key\": \"Formal\", \"doc_count\": 20},                     {\"key\": \"Casual\",
        \"doc_count\": 10}                 ],                 \"tone\": [
        {\"key\": \"Professional\", \"doc_count\": 15},                     {\"key\":
        \"Friendly\", \"doc_count\": 10},                     {\"key\": \"Technical\",
        \"doc_count\": 5}                 ]             }         }  Error Responses:     400
        Bad Request: If the request parameters are invalid     403 Forbidden: If the requested
        prompt exists but is not publicly available     404 Not Found: If the requested prompt
        doesn't exist     500 Internal Server Error: If an unexpected error occurs  Notes:     -
        Only publicly available prompts are returned by default     - When filtering by mentor,
        the mentor ID must be a valid UUID

        Args:
            alphabetical (bool | Unset, query)
            category (str | Unset, query)
            created_by (str | Unset, query)
            filter_facet (bool | Unset, query)
            language (str | Unset, query)
            limit (int | Unset, query)
            mentor (str | Unset, query)
            offset (int | Unset, query)
            order_direction (str | Unset, query)
            query (str | Unset, query)
            sort_by (str | Unset, query)
            style (str | Unset, query)
            tenant (str | Unset, query)
            tone (str | Unset, query)

        Returns:
            PromptSearchResponse
        """
        return await self._client._send(
            _search_prompts_retrieve.OPERATION,
            _search_prompts_retrieve.build_request(
                alphabetical=alphabetical,
                category=category,
                created_by=created_by,
                filter_facet=filter_facet,
                language=language,
                limit=limit,
                mentor=mentor,
                offset=offset,
                order_direction=order_direction,
                query=query,
                sort_by=sort_by,
                style=style,
                tenant=tenant,
                tone=tone,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Prompt]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_prompts_retrieve.OPERATION,
            _search_prompts_retrieve.build_request(
                alphabetical=alphabetical,
                category=category,
                created_by=created_by,
                filter_facet=filter_facet,
                language=language,
                limit=limit,
                mentor=mentor,
                offset=offset,
                order_direction=order_direction,
                query=query,
                sort_by=sort_by,
                style=style,
                tenant=tenant,
                tone=tone,
            ),
            _search_prompts_retrieve.PAGE,
            options,
        )


class AsyncSearchPromptsResourceWithRawResponse:
    """`AsyncClient.search.prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchPromptsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
