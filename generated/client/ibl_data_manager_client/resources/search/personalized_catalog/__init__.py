"""`Client.search.personalized_catalog`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.search import (
    search_personalized_catalog_retrieve as _search_personalized_catalog_retrieve,
)
from ....models.search_personalized_catalog_retrieve_response_200 import (
    SearchPersonalizedCatalogRetrieveResponse200,
)
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "SearchPersonalizedCatalogResource",
    "SearchPersonalizedCatalogResourceWithRawResponse",
    "AsyncSearchPersonalizedCatalogResource",
    "AsyncSearchPersonalizedCatalogResourceWithRawResponse",
]


class SearchPersonalizedCatalogResource:
    """`Client.search.personalized_catalog`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchPersonalizedCatalogResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchPersonalizedCatalogResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        username: str,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        recommended: bool | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchPersonalizedCatalogRetrieveResponse200:
        """Determine whether to serve a detail view or a list view. If any detail-identifying
        parameters are present (course_id, program_id, etc.) the detail view is returned;
        otherwise the aggregated list view is returned.

        Args:
            username (str, path)
            allow_skill_search (bool | Unset, query)
            alphabetical (bool | Unset, query)
            certificate (list[str] | Unset, query)
            content (list[str] | Unset, query)
            course_id (str | Unset, query)
            duration (list[str] | Unset, query)
            language (list[str] | Unset, query)
            level (list[str] | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            order_ascending (bool | Unset, query)
            order_by (str | Unset, query)
            pathway_id (str | Unset, query)
            price (str | Unset, query)
            program_id (str | Unset, query)
            program_type (list[str] | Unset, query)
            promotion (list[str] | Unset, query)
            query (str | Unset, query)
            recommended (bool | Unset, query)
            resource_id (str | Unset, query)
            resource_type (list[str] | Unset, query)
            return_facet (bool | Unset, query)
            return_items (bool | Unset, query)
            role_id (str | Unset, query)
            self_paced (list[str] | Unset, query)
            skill_id (str | Unset, query)
            skills (list[str] | Unset, query)
            subject (list[str] | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            topics (list[str] | Unset, query)
            update_facet (str | Unset, query)

        Returns:
            SearchPersonalizedCatalogRetrieveResponse200
        """
        return self._client._send(
            _search_personalized_catalog_retrieve.OPERATION,
            _search_personalized_catalog_retrieve.build_request(
                username=username,
                allow_skill_search=allow_skill_search,
                alphabetical=alphabetical,
                certificate=certificate,
                content=content,
                course_id=course_id,
                duration=duration,
                language=language,
                level=level,
                limit=limit,
                offset=offset,
                order_ascending=order_ascending,
                order_by=order_by,
                pathway_id=pathway_id,
                price=price,
                program_id=program_id,
                program_type=program_type,
                promotion=promotion,
                query=query,
                recommended=recommended,
                resource_id=resource_id,
                resource_type=resource_type,
                return_facet=return_facet,
                return_items=return_items,
                role_id=role_id,
                self_paced=self_paced,
                skill_id=skill_id,
                skills=skills,
                subject=subject,
                tags=tags,
                tenant=tenant,
                topics=topics,
                update_facet=update_facet,
            ),
            options,
        )


class SearchPersonalizedCatalogResourceWithRawResponse:
    """`Client.search.personalized_catalog`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchPersonalizedCatalogResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSearchPersonalizedCatalogResource:
    """`AsyncClient.search.personalized_catalog`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchPersonalizedCatalogResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchPersonalizedCatalogResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        username: str,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        recommended: bool | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchPersonalizedCatalogRetrieveResponse200:
        """Determine whether to serve a detail view or a list view. If any detail-identifying
        parameters are present (course_id, program_id, etc.) the detail view is returned;
        otherwise the aggregated list view is returned.

        Args:
            username (str, path)
            allow_skill_search (bool | Unset, query)
            alphabetical (bool | Unset, query)
            certificate (list[str] | Unset, query)
            content (list[str] | Unset, query)
            course_id (str | Unset, query)
            duration (list[str] | Unset, query)
            language (list[str] | Unset, query)
            level (list[str] | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            order_ascending (bool | Unset, query)
            order_by (str | Unset, query)
            pathway_id (str | Unset, query)
            price (str | Unset, query)
            program_id (str | Unset, query)
            program_type (list[str] | Unset, query)
            promotion (list[str] | Unset, query)
            query (str | Unset, query)
            recommended (bool | Unset, query)
            resource_id (str | Unset, query)
            resource_type (list[str] | Unset, query)
            return_facet (bool | Unset, query)
            return_items (bool | Unset, query)
            role_id (str | Unset, query)
            self_paced (list[str] | Unset, query)
            skill_id (str | Unset, query)
            skills (list[str] | Unset, query)
            subject (list[str] | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            topics (list[str] | Unset, query)
            update_facet (str | Unset, query)

        Returns:
            SearchPersonalizedCatalogRetrieveResponse200
        """
        return await self._client._send(
            _search_personalized_catalog_retrieve.OPERATION,
            _search_personalized_catalog_retrieve.build_request(
                username=username,
                allow_skill_search=allow_skill_search,
                alphabetical=alphabetical,
                certificate=certificate,
                content=content,
                course_id=course_id,
                duration=duration,
                language=language,
                level=level,
                limit=limit,
                offset=offset,
                order_ascending=order_ascending,
                order_by=order_by,
                pathway_id=pathway_id,
                price=price,
                program_id=program_id,
                program_type=program_type,
                promotion=promotion,
                query=query,
                recommended=recommended,
                resource_id=resource_id,
                resource_type=resource_type,
                return_facet=return_facet,
                return_items=return_items,
                role_id=role_id,
                self_paced=self_paced,
                skill_id=skill_id,
                skills=skills,
                subject=subject,
                tags=tags,
                tenant=tenant,
                topics=topics,
                update_facet=update_facet,
            ),
            options,
        )


class AsyncSearchPersonalizedCatalogResourceWithRawResponse:
    """`AsyncClient.search.personalized_catalog`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchPersonalizedCatalogResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
