"""`Client.ai_search.mentors`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_search import v2_global_mentor_search as _v2_global_mentor_search
from ....models.v2_global_mentor_search_response import V2GlobalMentorSearchResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AiSearchMentorsResource",
    "AiSearchMentorsResourceWithRawResponse",
    "AsyncAiSearchMentorsResource",
    "AsyncAiSearchMentorsResourceWithRawResponse",
]


class AiSearchMentorsResource:
    """`Client.ai_search.mentors`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchMentorsResourceWithRawResponse(self)

    def v2_global_mentor_search(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> V2GlobalMentorSearchResponse:
        """Search and filter AI mentors across the platform

        Search and filter AI mentors with support for comprehensive filtering, pagination, and
        detailed mentor information.         This endpoint supports both anonymous and
        authenticated users with different access levels.          **Anonymous Users:**
        - Access to public mentors only (VIEWABLE_BY_ANYONE)         - Limited search
        capabilities         - No personalization          **Authenticated Users:**         -
        Full access based on platform permissions (scoped to requested platform)         -
        Personalized results         - Access to tenant-specific mentors          **Required
        Parameters (Authenticated Users):**         - `platform_key` OR `tenant`: Platform key
        for RBAC enforcement (required for authenticated requests)           - Use
        `platform_key` (preferred) or `tenant` (backward compatibility) - both serve the same
        purpose           - If both are provided, `platform_key` takes precedence
        **Available Filters:**         - `query`: Search term to filter mentors by name or
        description         - `tenant`: Filter by tenant/organization platform key(s) - can also
        be used as alias for `platform_key` (backward compatibility)         - `category`:
        Filter by mentor category (comma-separated)         - `subjects`: Filter by mentor
        subject (comma-separated)         - `types`: Filter by mentor type (comma-separated)
        - `llm`: Filter by LLM provider (comma-separated, e.g., GPT-4, Claude)         -
        `visibility`: Filter by visibility level (comma-separated: viewable_by_anyone,
        viewable_by_tenant_students, viewable_by_tenant_admins)         - `created_by`: Filter
        mentors created by specific user (for personalized search)         -
        `include_main_public_mentors`: Include main tenant public mentors          **Facets:**
        The response includes facets with aggregated counts for all filterable attributes:
        - categories, subjects, types, llm_providers, visibility         All facet values can be
        used as filter parameters in subsequent requests.          Notes:         - Detail view
        is removed; use the ibl_ai_mentor app for mentor details         -
        include_main_public_mentors=true shows only VIEWABLE_BY_ANYONE mentors from the main
        tenant across tenants         - For authenticated requests, either `platform_key` or
        `tenant` is required when username is provided         - `tenant` parameter serves dual
        purpose: as a filter for multiple tenants, or as an alias for `platform_key` (backward
        compatibility)         - Frontend uses `llm` parameter name (backend maps to
        `llm_provider` automatically)

        Args:
            alphabetical (bool | Unset, query)
            category (str | Unset, query)
            created_by (str | Unset, query)
            featured (bool | Unset, query)
            include_main_public_mentors (bool | Unset, query)
            limit (int | Unset, query)
            llm (str | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (str | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            starred (bool | Unset, query)
            subjects (str | Unset, query)
            tenant (str | Unset, query)
            types (str | Unset, query)
            visibility (str | Unset, query)

        Returns:
            V2GlobalMentorSearchResponse
        """
        return self._client._send(
            _v2_global_mentor_search.OPERATION,
            _v2_global_mentor_search.build_request(
                alphabetical=alphabetical,
                category=category,
                created_by=created_by,
                featured=featured,
                include_main_public_mentors=include_main_public_mentors,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                starred=starred,
                subjects=subjects,
                tenant=tenant,
                types=types,
                visibility=visibility,
            ),
            options,
        )

    def iter_v2_global_mentor_search(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Every item of every page of `v2_global_mentor_search`, fetched page by page."""
        return self._client._paginate(
            _v2_global_mentor_search.OPERATION,
            _v2_global_mentor_search.build_request(
                alphabetical=alphabetical,
                category=category,
                created_by=created_by,
                featured=featured,
                include_main_public_mentors=include_main_public_mentors,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                starred=starred,
                subjects=subjects,
                tenant=tenant,
                types=types,
                visibility=visibility,
            ),
            _v2_global_mentor_search.PAGE,
            options,
        )


class AiSearchMentorsResourceWithRawResponse:
    """`Client.ai_search.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchMentorsResource) -> None:
        self._resource = resource
        self.v2_global_mentor_search = to_raw_response(resource.v2_global_mentor_search)


class AsyncAiSearchMentorsResource:
    """`AsyncClient.ai_search.mentors`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchMentorsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchMentorsResourceWithRawResponse(self)

    async def v2_global_mentor_search(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> V2GlobalMentorSearchResponse:
        """Search and filter AI mentors across the platform

        Search and filter AI mentors with support for comprehensive filtering, pagination, and
        detailed mentor information.         This endpoint supports both anonymous and
        authenticated users with different access levels.          **Anonymous Users:**
        - Access to public mentors only (VIEWABLE_BY_ANYONE)         - Limited search
        capabilities         - No personalization          **Authenticated Users:**         -
        Full access based on platform permissions (scoped to requested platform)         -
        Personalized results         - Access to tenant-specific mentors          **Required
        Parameters (Authenticated Users):**         - `platform_key` OR `tenant`: Platform key
        for RBAC enforcement (required for authenticated requests)           - Use
        `platform_key` (preferred) or `tenant` (backward compatibility) - both serve the same
        purpose           - If both are provided, `platform_key` takes precedence
        **Available Filters:**         - `query`: Search term to filter mentors by name or
        description         - `tenant`: Filter by tenant/organization platform key(s) - can also
        be used as alias for `platform_key` (backward compatibility)         - `category`:
        Filter by mentor category (comma-separated)         - `subjects`: Filter by mentor
        subject (comma-separated)         - `types`: Filter by mentor type (comma-separated)
        - `llm`: Filter by LLM provider (comma-separated, e.g., GPT-4, Claude)         -
        `visibility`: Filter by visibility level (comma-separated: viewable_by_anyone,
        viewable_by_tenant_students, viewable_by_tenant_admins)         - `created_by`: Filter
        mentors created by specific user (for personalized search)         -
        `include_main_public_mentors`: Include main tenant public mentors          **Facets:**
        The response includes facets with aggregated counts for all filterable attributes:
        - categories, subjects, types, llm_providers, visibility         All facet values can be
        used as filter parameters in subsequent requests.          Notes:         - Detail view
        is removed; use the ibl_ai_mentor app for mentor details         -
        include_main_public_mentors=true shows only VIEWABLE_BY_ANYONE mentors from the main
        tenant across tenants         - For authenticated requests, either `platform_key` or
        `tenant` is required when username is provided         - `tenant` parameter serves dual
        purpose: as a filter for multiple tenants, or as an alias for `platform_key` (backward
        compatibility)         - Frontend uses `llm` parameter name (backend maps to
        `llm_provider` automatically)

        Args:
            alphabetical (bool | Unset, query)
            category (str | Unset, query)
            created_by (str | Unset, query)
            featured (bool | Unset, query)
            include_main_public_mentors (bool | Unset, query)
            limit (int | Unset, query)
            llm (str | Unset, query)
            offset (int | Unset, query)
            order_by (str | Unset, query)
            order_direction (str | Unset, query)
            platform_key (str | Unset, query)
            query (str | Unset, query)
            starred (bool | Unset, query)
            subjects (str | Unset, query)
            tenant (str | Unset, query)
            types (str | Unset, query)
            visibility (str | Unset, query)

        Returns:
            V2GlobalMentorSearchResponse
        """
        return await self._client._send(
            _v2_global_mentor_search.OPERATION,
            _v2_global_mentor_search.build_request(
                alphabetical=alphabetical,
                category=category,
                created_by=created_by,
                featured=featured,
                include_main_public_mentors=include_main_public_mentors,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                starred=starred,
                subjects=subjects,
                tenant=tenant,
                types=types,
                visibility=visibility,
            ),
            options,
        )

    def iter_v2_global_mentor_search(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Any]:
        """Every item of every page of `v2_global_mentor_search`, fetched page by page."""
        return self._client._paginate(
            _v2_global_mentor_search.OPERATION,
            _v2_global_mentor_search.build_request(
                alphabetical=alphabetical,
                category=category,
                created_by=created_by,
                featured=featured,
                include_main_public_mentors=include_main_public_mentors,
                limit=limit,
                llm=llm,
                offset=offset,
                order_by=order_by,
                order_direction=order_direction,
                platform_key=platform_key,
                query=query,
                starred=starred,
                subjects=subjects,
                tenant=tenant,
                types=types,
                visibility=visibility,
            ),
            _v2_global_mentor_search.PAGE,
            options,
        )


class AsyncAiSearchMentorsResourceWithRawResponse:
    """`AsyncClient.ai_search.mentors`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchMentorsResource) -> None:
        self._resource = resource
        self.v2_global_mentor_search = async_to_raw_response(resource.v2_global_mentor_search)
