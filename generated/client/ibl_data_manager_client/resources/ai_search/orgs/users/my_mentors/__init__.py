"""`Client.ai_search.orgs.users.my_mentors`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_search import (
    ai_search_orgs_users_my_mentors_retrieve as _ai_search_orgs_users_my_mentors_retrieve,
)
from ......models.mentor import Mentor
from ......models.mentor_search_response import MentorSearchResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiSearchOrgsUsersMyMentorsResource",
    "AiSearchOrgsUsersMyMentorsResourceWithRawResponse",
    "AsyncAiSearchOrgsUsersMyMentorsResource",
    "AsyncAiSearchOrgsUsersMyMentorsResourceWithRawResponse",
]


class AiSearchOrgsUsersMyMentorsResource:
    """`Client.ai_search.orgs.users.my_mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchOrgsUsersMyMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchOrgsUsersMyMentorsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
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
        """Handle GET requests for my mentors.

        Args:
            org (str, path)
            username (str, path)
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
            _ai_search_orgs_users_my_mentors_retrieve.OPERATION,
            _ai_search_orgs_users_my_mentors_retrieve.build_request(
                org=org,
                username=username,
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
        org: str,
        username: str,
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
            _ai_search_orgs_users_my_mentors_retrieve.OPERATION,
            _ai_search_orgs_users_my_mentors_retrieve.build_request(
                org=org,
                username=username,
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
            _ai_search_orgs_users_my_mentors_retrieve.PAGE,
            options,
        )


class AiSearchOrgsUsersMyMentorsResourceWithRawResponse:
    """`Client.ai_search.orgs.users.my_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchOrgsUsersMyMentorsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiSearchOrgsUsersMyMentorsResource:
    """`AsyncClient.ai_search.orgs.users.my_mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchOrgsUsersMyMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchOrgsUsersMyMentorsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
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
        """Handle GET requests for my mentors.

        Args:
            org (str, path)
            username (str, path)
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
            _ai_search_orgs_users_my_mentors_retrieve.OPERATION,
            _ai_search_orgs_users_my_mentors_retrieve.build_request(
                org=org,
                username=username,
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
        org: str,
        username: str,
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
            _ai_search_orgs_users_my_mentors_retrieve.OPERATION,
            _ai_search_orgs_users_my_mentors_retrieve.build_request(
                org=org,
                username=username,
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
            _ai_search_orgs_users_my_mentors_retrieve.PAGE,
            options,
        )


class AsyncAiSearchOrgsUsersMyMentorsResourceWithRawResponse:
    """`AsyncClient.ai_search.orgs.users.my_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchOrgsUsersMyMentorsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
