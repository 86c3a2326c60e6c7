"""`Client.search.orgs.users.prompts`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.search import (
    search_orgs_users_prompts_retrieve as _search_orgs_users_prompts_retrieve,
)
from ......models.prompt import Prompt
from ......models.prompt_search_response import PromptSearchResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "SearchOrgsUsersPromptsResource",
    "SearchOrgsUsersPromptsResourceWithRawResponse",
    "AsyncSearchOrgsUsersPromptsResource",
    "AsyncSearchOrgsUsersPromptsResourceWithRawResponse",
]


class SearchOrgsUsersPromptsResource:
    """`Client.search.orgs.users.prompts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchOrgsUsersPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchOrgsUsersPromptsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
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
        """Search and filter AI prompts for a specific user within a tenant.  This endpoint extends
        the base prompt search functionality but filters results to only show prompts that are
        available to a specific user within a specific organization/tenant.  Path Parameters:
        org (str): The organization/tenant identifier     username (str): The username to filter
        prompts for  Query Parameters:     Same as PromptSearchView, plus:      # Identification
        parameters (for detail view)     id (int, optional): Retrieve a specific prompt by ID
        Returns:     Same format as PromptSearchView, but filtered to only include prompts
        that the specified user has access to within the specified organization.  Error
        Responses:     400 Bad Request: If the request parameters are invalid     403 Forbidden:
        If the requested prompt exists but the user doesn't have access     404 Not Found: If
        the requested prompt doesn't exist     500 Internal Server Error: If an unexpected error
        occurs  Access Control:     - Results are filtered based on user's permissions within
        the organization     - Private prompts are only visible to authorized users

        Args:
            org (str, path)
            username (str, path)
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
            _search_orgs_users_prompts_retrieve.OPERATION,
            _search_orgs_users_prompts_retrieve.build_request(
                org=org,
                username=username,
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
        org: str,
        username: str,
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
            _search_orgs_users_prompts_retrieve.OPERATION,
            _search_orgs_users_prompts_retrieve.build_request(
                org=org,
                username=username,
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
            _search_orgs_users_prompts_retrieve.PAGE,
            options,
        )


class SearchOrgsUsersPromptsResourceWithRawResponse:
    """`Client.search.orgs.users.prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchOrgsUsersPromptsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSearchOrgsUsersPromptsResource:
    """`AsyncClient.search.orgs.users.prompts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchOrgsUsersPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchOrgsUsersPromptsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
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
        """Search and filter AI prompts for a specific user within a tenant.  This endpoint extends
        the base prompt search functionality but filters results to only show prompts that are
        available to a specific user within a specific organization/tenant.  Path Parameters:
        org (str): The organization/tenant identifier     username (str): The username to filter
        prompts for  Query Parameters:     Same as PromptSearchView, plus:      # Identification
        parameters (for detail view)     id (int, optional): Retrieve a specific prompt by ID
        Returns:     Same format as PromptSearchView, but filtered to only include prompts
        that the specified user has access to within the specified organization.  Error
        Responses:     400 Bad Request: If the request parameters are invalid     403 Forbidden:
        If the requested prompt exists but the user doesn't have access     404 Not Found: If
        the requested prompt doesn't exist     500 Internal Server Error: If an unexpected error
        occurs  Access Control:     - Results are filtered based on user's permissions within
        the organization     - Private prompts are only visible to authorized users

        Args:
            org (str, path)
            username (str, path)
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
            _search_orgs_users_prompts_retrieve.OPERATION,
            _search_orgs_users_prompts_retrieve.build_request(
                org=org,
                username=username,
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
        org: str,
        username: str,
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
            _search_orgs_users_prompts_retrieve.OPERATION,
            _search_orgs_users_prompts_retrieve.build_request(
                org=org,
                username=username,
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
            _search_orgs_users_prompts_retrieve.PAGE,
            options,
        )


class AsyncSearchOrgsUsersPromptsResourceWithRawResponse:
    """`AsyncClient.search.orgs.users.prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchOrgsUsersPromptsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
