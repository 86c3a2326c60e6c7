"""`Client.search.orgs.users.recommended`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.search import (
    search_orgs_users_recommended_retrieve as _search_orgs_users_recommended_retrieve,
)
from ......models.recommended_courses_response import RecommendedCoursesResponse
from ......models.recommended_courses_response_results_item import (
    RecommendedCoursesResponseResultsItem,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "SearchOrgsUsersRecommendedResource",
    "SearchOrgsUsersRecommendedResourceWithRawResponse",
    "AsyncSearchOrgsUsersRecommendedResource",
    "AsyncSearchOrgsUsersRecommendedResourceWithRawResponse",
]


class SearchOrgsUsersRecommendedResource:
    """`Client.search.orgs.users.recommended`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchOrgsUsersRecommendedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchOrgsUsersRecommendedResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RecommendedCoursesResponse:
        """Determine whether to serve a detail view or a list view.

        Args:
            org (str, path)
            username (str, path)
            certificate (list[str] | Unset, query)
            content (list[str] | Unset, query)
            course_id (str | Unset, query)
            duration (list[str] | Unset, query)
            language (list[str] | Unset, query)
            level (list[str] | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            pathway_id (str | Unset, query)
            price (str | Unset, query)
            program_id (str | Unset, query)
            program_type (list[str] | Unset, query)
            query (str | Unset, query)
            resource_id (str | Unset, query)
            resource_type (list[str] | Unset, query)
            role_id (str | Unset, query)
            self_paced (list[str] | Unset, query)
            skill_id (str | Unset, query)
            skills (list[str] | Unset, query)
            subject (list[str] | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            topics (list[str] | Unset, query)

        Returns:
            RecommendedCoursesResponse
        """
        return self._client._send(
            _search_orgs_users_recommended_retrieve.OPERATION,
            _search_orgs_users_recommended_retrieve.build_request(
                org=org,
                username=username,
                certificate=certificate,
                content=content,
                course_id=course_id,
                duration=duration,
                language=language,
                level=level,
                limit=limit,
                offset=offset,
                pathway_id=pathway_id,
                price=price,
                program_id=program_id,
                program_type=program_type,
                query=query,
                resource_id=resource_id,
                resource_type=resource_type,
                role_id=role_id,
                self_paced=self_paced,
                skill_id=skill_id,
                skills=skills,
                subject=subject,
                tags=tags,
                tenant=tenant,
                topics=topics,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        username: str,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[RecommendedCoursesResponseResultsItem]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_orgs_users_recommended_retrieve.OPERATION,
            _search_orgs_users_recommended_retrieve.build_request(
                org=org,
                username=username,
                certificate=certificate,
                content=content,
                course_id=course_id,
                duration=duration,
                language=language,
                level=level,
                limit=limit,
                offset=offset,
                pathway_id=pathway_id,
                price=price,
                program_id=program_id,
                program_type=program_type,
                query=query,
                resource_id=resource_id,
                resource_type=resource_type,
                role_id=role_id,
                self_paced=self_paced,
                skill_id=skill_id,
                skills=skills,
                subject=subject,
                tags=tags,
                tenant=tenant,
                topics=topics,
            ),
            _search_orgs_users_recommended_retrieve.PAGE,
            options,
        )


class SearchOrgsUsersRecommendedResourceWithRawResponse:
    """`Client.search.orgs.users.recommended`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchOrgsUsersRecommendedResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSearchOrgsUsersRecommendedResource:
    """`AsyncClient.search.orgs.users.recommended`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchOrgsUsersRecommendedResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchOrgsUsersRecommendedResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RecommendedCoursesResponse:
        """Determine whether to serve a detail view or a list view.

        Args:
            org (str, path)
            username (str, path)
            certificate (list[str] | Unset, query)
            content (list[str] | Unset, query)
            course_id (str | Unset, query)
            duration (list[str] | Unset, query)
            language (list[str] | Unset, query)
            level (list[str] | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            pathway_id (str | Unset, query)
            price (str | Unset, query)
            program_id (str | Unset, query)
            program_type (list[str] | Unset, query)
            query (str | Unset, query)
            resource_id (str | Unset, query)
            resource_type (list[str] | Unset, query)
            role_id (str | Unset, query)
            self_paced (list[str] | Unset, query)
            skill_id (str | Unset, query)
            skills (list[str] | Unset, query)
            subject (list[str] | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            topics (list[str] | Unset, query)

        Returns:
            RecommendedCoursesResponse
        """
        return await self._client._send(
            _search_orgs_users_recommended_retrieve.OPERATION,
            _search_orgs_users_recommended_retrieve.build_request(
                org=org,
                username=username,
                certificate=certificate,
                content=content,
                course_id=course_id,
                duration=duration,
                language=language,
                level=level,
                limit=limit,
                offset=offset,
                pathway_id=pathway_id,
                price=price,
                program_id=program_id,
                program_type=program_type,
                query=query,
                resource_id=resource_id,
                resource_type=resource_type,
                role_id=role_id,
                self_paced=self_paced,
                skill_id=skill_id,
                skills=skills,
                subject=subject,
                tags=tags,
                tenant=tenant,
                topics=topics,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        username: str,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[RecommendedCoursesResponseResultsItem]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_orgs_users_recommended_retrieve.OPERATION,
            _search_orgs_users_recommended_retrieve.build_request(
                org=org,
                username=username,
                certificate=certificate,
                content=content,
                course_id=course_id,
                duration=duration,
                language=language,
                level=level,
                limit=limit,
                offset=offset,
                pathway_id=pathway_id,
                price=price,
                program_id=program_id,
                program_type=program_type,
                query=query,
                resource_id=resource_id,
                resource_type=resource_type,
                role_id=role_id,
                self_paced=self_paced,
                skill_id=skill_id,
                skills=skills,
                subject=subject,
                tags=tags,
                tenant=tenant,
                topics=topics,
            ),
            _search_orgs_users_recommended_retrieve.PAGE,
            options,
        )


class AsyncSearchOrgsUsersRecommendedResourceWithRawResponse:
    """`AsyncClient.search.orgs.users.recommended`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchOrgsUsersRecommendedResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
