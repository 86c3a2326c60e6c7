"""`Client.ai_search.personalized_mentors`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_search import v2_personalized_mentors as _v2_personalized_mentors
from ....models.v2_personalized_mentors_order_direction import V2PersonalizedMentorsOrderDirection
from ....models.v2_personalized_mentors_response import V2PersonalizedMentorsResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AiSearchPersonalizedMentorsResource",
    "AiSearchPersonalizedMentorsResourceWithRawResponse",
    "AsyncAiSearchPersonalizedMentorsResource",
    "AsyncAiSearchPersonalizedMentorsResourceWithRawResponse",
]


class AiSearchPersonalizedMentorsResource:
    """`Client.ai_search.personalized_mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchPersonalizedMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchPersonalizedMentorsResourceWithRawResponse(self)

    def v2_personalized_mentors(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> V2PersonalizedMentorsResponse:
        """Get mentors created by a specific user

        Get mentors created by a specific user within a given organization/platform.
        This endpoint provides a personalized view of the user's own mentors with
        support for filtering, pagination, and detailed mentor information.
        **Authentication Required:**         - username: Required for personalized mentor access
        - platform_key OR tenant: Required for tenant-specific content (both serve the same
        purpose)           - Use `platform_key` (preferred) or `tenant` (backward compatibility)
        - If both are provided, `platform_key` takes precedence          **Features:**         -
        User's own mentors only         - Personalization data (access counts, last used)
        - Filtering and faceted search         - Pagination support         - Detail and list
        views

        Args:
            audience (list[str] | Unset, query)
            category (str | Unset, query)
            featured (bool | Unset, query)
            limit (int | Unset, query)
            llm (str | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (V2PersonalizedMentorsOrderDirection | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            return_facet (bool | Unset, query)
            starred (bool | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            username (str | Unset, query)
            visibility (list[str] | Unset, query)

        Returns:
            V2PersonalizedMentorsResponse
        """
        return self._client._send(
            _v2_personalized_mentors.OPERATION,
            _v2_personalized_mentors.build_request(
                audience=audience,
                category=category,
                featured=featured,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                return_facet=return_facet,
                starred=starred,
                tags=tags,
                tenant=tenant,
                username=username,
                visibility=visibility,
            ),
            options,
        )

    def iter_v2_personalized_mentors(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Every item of every page of `v2_personalized_mentors`, fetched page by page."""
        return self._client._paginate(
            _v2_personalized_mentors.OPERATION,
            _v2_personalized_mentors.build_request(
                audience=audience,
                category=category,
                featured=featured,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                return_facet=return_facet,
                starred=starred,
                tags=tags,
                tenant=tenant,
                username=username,
                visibility=visibility,
            ),
            _v2_personalized_mentors.PAGE,
            options,
        )


class AiSearchPersonalizedMentorsResourceWithRawResponse:
    """`Client.ai_search.personalized_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchPersonalizedMentorsResource) -> None:
        self._resource = resource
        self.v2_personalized_mentors = to_raw_response(resource.v2_personalized_mentors)


class AsyncAiSearchPersonalizedMentorsResource:
    """`AsyncClient.ai_search.personalized_mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchPersonalizedMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchPersonalizedMentorsResourceWithRawResponse(self)

    async def v2_personalized_mentors(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> V2PersonalizedMentorsResponse:
        """Get mentors created by a specific user

        Get mentors created by a specific user within a given organization/platform.
        This endpoint provides a personalized view of the user's own mentors with
        support for filtering, pagination, and detailed mentor information.
        **Authentication Required:**         - username: Required for personalized mentor access
        - platform_key OR tenant: Required for tenant-specific content (both serve the same
        purpose)           - Use `platform_key` (preferred) or `tenant` (backward compatibility)
        - If both are provided, `platform_key` takes precedence          **Features:**         -
        User's own mentors only         - Personalization data (access counts, last used)
        - Filtering and faceted search         - Pagination support         - Detail and list
        views

        Args:
            audience (list[str] | Unset, query)
            category (str | Unset, query)
            featured (bool | Unset, query)
            limit (int | Unset, query)
            llm (str | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (V2PersonalizedMentorsOrderDirection | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            return_facet (bool | Unset, query)
            starred (bool | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            username (str | Unset, query)
            visibility (list[str] | Unset, query)

        Returns:
            V2PersonalizedMentorsResponse
        """
        return await self._client._send(
            _v2_personalized_mentors.OPERATION,
            _v2_personalized_mentors.build_request(
                audience=audience,
                category=category,
                featured=featured,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                return_facet=return_facet,
                starred=starred,
                tags=tags,
                tenant=tenant,
                username=username,
                visibility=visibility,
            ),
            options,
        )

    def iter_v2_personalized_mentors(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Any]:
        """Every item of every page of `v2_personalized_mentors`, fetched page by page."""
        return self._client._paginate(
            _v2_personalized_mentors.OPERATION,
            _v2_personalized_mentors.build_request(
                audience=audience,
                category=category,
                featured=featured,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                return_facet=return_facet,
                starred=starred,
                tags=tags,
                tenant=tenant,
                username=username,
                visibility=visibility,
            ),
            _v2_personalized_mentors.PAGE,
            options,
        )


class AsyncAiSearchPersonalizedMentorsResourceWithRawResponse:
    """`AsyncClient.ai_search.personalized_mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchPersonalizedMentorsResource) -> None:
        self._resource = resource
        self.v2_personalized_mentors = async_to_raw_response(resource.v2_personalized_mentors)
