"""`Client.search.catalog`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.search import search_catalog_retrieve as _search_catalog_retrieve
from ....models.global_catalog_search_response import GlobalCatalogSearchResponse
from ....models.global_catalog_search_response_results_item import (
    GlobalCatalogSearchResponseResultsItem,
)
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "SearchCatalogResource",
    "SearchCatalogResourceWithRawResponse",
    "AsyncSearchCatalogResource",
    "AsyncSearchCatalogResourceWithRawResponse",
]


class SearchCatalogResource:
    """`Client.search.catalog`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchCatalogResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchCatalogResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
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
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GlobalCatalogSearchResponse:
        """Search and filter content across the learning catalog.  This endpoint provides a
        powerful search interface for discovering content across multiple content types
        (courses, programs, pathways, skills, roles, resources). It supports full-text search,
        faceted filtering, and pagination.  Query Parameters:     query (str, optional): Search
        term to filter content by name or description     content (list, optional): Content
        types to include in results                              (courses, programs, pathways,
        skills, roles, resources)                              Default: [\"programs\",
        \"courses\", \"pathways\", \"skills\"]      # Filtering parameters     course_id (str,
        optional): Filter by specific course ID     program_id (str, optional): Filter by
        specific program ID     pathway_id (str, optional): Filter by specific pathway ID
        skill_id (str, optional): Filter by specific skill ID     subject (list, optional):
        Filter by subject areas     tenant (list, optional): Filter by tenant/organization
        topics (list, optional): Filter by topic areas     tags (list, optional): Filter by tags
        level (list, optional): Filter by difficulty level     self_paced (list, optional):
        Filter by course format (self-paced, instructor-led)     promotion (list, optional):
        Filter by promotion status     language (list, optional): Filter by content language
        certificate (list, optional): Filter by certificate type     program_type (list,
        optional): Filter by program type     duration (list, optional): Filter by course
        duration range     price (str, optional): Filter by price/audit status     resource_type
        (list, optional): Filter by resource type     skills (list, optional): Filter by skills
        # Sorting and pagination     order_by (str, optional): Field to sort results by
        order_ascending (bool, optional): Sort direction (default: false)     alphabetical
        (bool, optional): Sort alphabetically by name (default: false)     limit (int,
        optional): Number of results per page (default: 12, max: 100)     offset (int,
        optional): Starting position for pagination      # Response options     return_facet
        (bool, optional): Include facet data in response (default: true)     return_items (bool,
        optional): Include items in programs/pathways (default: false)     allow_skill_search
        (bool, optional): Enable skill-based search (default: false)     update_facet (str,
        optional): Force facet update  Returns:     A JSON response containing:     - results:
        List of content items with metadata     - count: Total number of matching items     -
        next: URL for the next page of results (if available)     - previous: URL for the
        previous page of results (if available)     - current_page: Current page number     -
        total_pages: Total number of pages     - facets: Aggregated counts for each filter
        category (if requested)  Each content item contains type-specific fields:     - Courses:
        {             \"id\": 123,             \"type\": \"course\",             \"course_id\":
        \"CS101\",             \"name\": \"Introduction to Computer Science\",
        \"description\": \"Learn the fundamentals of computer science\",
        \"short_description\": \"CS fundamentals\",             \"image_url\":
        \"https://example.com/images/cs101.jpg\",             \"level\": \"Beginner\",
        \"subject\": \"Computer Science\",             \"topics\": [\"Programming\",
        \"Algorithms\"],             \"tags\": [\"python\", \"coding\"],
        \"language\": \"English\",             \"tenant\": \"example-university\",
        \"self_paced\": true,             \"duration\": \"6 weeks\",
        \"certificate\": \"Professional Certificate\",             \"price\": \"Free\",
        \"skills\": [                 {\"id\": 1, \"name\": \"Python Programming\"},
        {\"id\": 2, \"name\": \"Algorithms\"}             ],             \"url\":
        \"https://example.com/courses/cs101\"         }      - Programs:         {
        \"id\": 456,             \"type\": \"program\",             \"program_id\": \"PROG123\",
        \"name\": \"Data Science Program\",             \"description\": \"Comprehensive data
        science curriculum\",             \"short_description\": \"Learn data science\",
        \"image_url\": \"https://example.com/images/datascience.jpg\",             \"level\":
        \"Intermediate\",             \"subject\": \"Data Science\",             \"topics\":
        [\"Machine Learning\", \"Statistics\"],             \"program_type\": \"Professional
        Certificate\",             \"courses\": [                 {\"id\": 123, \"name\":
        \"Introduction to Python\"},                 {\"id\": 124, \"name\": \"Statistics for
        Data Science\"}             ],             \"url\":
        \"https://example.com/programs/prog123\"         }      - Pathways:         {
        \"id\": 789,             \"type\": \"pathway\",             \"pathway_id\": \"PATH456\",
        \"name\": \"Software Engineering Career Path\",             \"description\": \"Complete
        pathway to become a software engineer\",             \"image_url\":
        \"https://example.com/images/swe-path.jpg\",             \"programs\": [
        {\"id\": 456, \"name\": \"Programming Fundamentals\"},                 {\"id\": 457,
        \"name\": \"Web Development\"}             ],             \"url\":
        \"https://example.com/pathways/path456\"         }      - Skills:         {
        \"id\": 321,             \"type\": \"skill\",             \"name\": \"Machine
        Learning\",             \"description\": \"Building systems that learn from data\",
        \"courses\": [                 {\"id\": 125, \"name\": \"Machine Learning
        Fundamentals\"}             ],             \"related_skills\": [
        {\"id\": 322, \"name\": \"Deep Learning\"}             ]         }      - Roles:
        {             \"id\": 654,             \"type\": \"role\",             \"name\": \"Data
        Scientist\",             \"description\": \"Professional who analyzes and interprets
        complex data\",             \"skills\": [                 {\"id\": 321, \"name\":
        \"Machine Learning\"},                 {\"id\": 323, \"name\": \"Data Analysis\"}
        ],             \"recommended_courses\": [                 {\"id\": 125, \"name\":
        \"Machine Learning Fundamentals\"}             ]         }      - Resources:         {
        \"id\": 987,             \"type\": \"resource\",             \"name\": \"Python Cheat
        Sheet\",             \"description\": \"Quick reference guide for Python\",
        \"resource_type\": \"PDF\",             \"url\":
        \"https://example.com/resources/python-cheatsheet.pdf\",             \"topics\":
        [\"Programming\", \"Python\"]         }  Error Responses:     500 Internal Server Error:
        If an unexpected error occurs during processing  Notes:     - Results are cached for
        performance     - The 'resources' content type is only included by default if
        IBL_ENABLE_RESOURCES_IN_FACET is true     - For debugging, add ?debug=true to see
        detailed information about skill matching

        Args:
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
            resource_type (list[str] | Unset, query)
            return_facet (bool | Unset, query)
            return_items (bool | Unset, query)
            self_paced (list[str] | Unset, query)
            skill_id (str | Unset, query)
            skills (list[str] | Unset, query)
            subject (list[str] | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            topics (list[str] | Unset, query)
            update_facet (str | Unset, query)

        Returns:
            GlobalCatalogSearchResponse
        """
        return self._client._send(
            _search_catalog_retrieve.OPERATION,
            _search_catalog_retrieve.build_request(
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
                resource_type=resource_type,
                return_facet=return_facet,
                return_items=return_items,
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

    def iter_retrieve(
        self,
        *,
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
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[GlobalCatalogSearchResponseResultsItem]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_catalog_retrieve.OPERATION,
            _search_catalog_retrieve.build_request(
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
                resource_type=resource_type,
                return_facet=return_facet,
                return_items=return_items,
                self_paced=self_paced,
                skill_id=skill_id,
                skills=skills,
                subject=subject,
                tags=tags,
                tenant=tenant,
                topics=topics,
                update_facet=update_facet,
            ),
            _search_catalog_retrieve.PAGE,
            options,
        )


class SearchCatalogResourceWithRawResponse:
    """`Client.search.catalog`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchCatalogResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSearchCatalogResource:
    """`AsyncClient.search.catalog`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchCatalogResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchCatalogResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
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
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GlobalCatalogSearchResponse:
        """Search and filter content across the learning catalog.  This endpoint provides a
        powerful search interface for discovering content across multiple content types
        (courses, programs, pathways, skills, roles, resources). It supports full-text search,
        faceted filtering, and pagination.  Query Parameters:     query (str, optional): Search
        term to filter content by name or description     content (list, optional): Content
        types to include in results                              (courses, programs, pathways,
        skills, roles, resources)                              Default: [\"programs\",
        \"courses\", \"pathways\", \"skills\"]      # Filtering parameters     course_id (str,
        optional): Filter by specific course ID     program_id (str, optional): Filter by
        specific program ID     pathway_id (str, optional): Filter by specific pathway ID
        skill_id (str, optional): Filter by specific skill ID     subject (list, optional):
        Filter by subject areas     tenant (list, optional): Filter by tenant/organization
        topics (list, optional): Filter by topic areas     tags (list, optional): Filter by tags
        level (list, optional): Filter by difficulty level     self_paced (list, optional):
        Filter by course format (self-paced, instructor-led)     promotion (list, optional):
        Filter by promotion status     language (list, optional): Filter by content language
        certificate (list, optional): Filter by certificate type     program_type (list,
        optional): Filter by program type     duration (list, optional): Filter by course
        duration range     price (str, optional): Filter by price/audit status     resource_type
        (list, optional): Filter by resource type     skills (list, optional): Filter by skills
        # Sorting and pagination     order_by (str, optional): Field to sort results by
        order_ascending (bool, optional): Sort direction (default: false)     alphabetical
        (bool, optional): Sort alphabetically by name (default: false)     limit (int,
        optional): Number of results per page (default: 12, max: 100)     offset (int,
        optional): Starting position for pagination      # Response options     return_facet
        (bool, optional): Include facet data in response (default: true)     return_items (bool,
        optional): Include items in programs/pathways (default: false)     allow_skill_search
        (bool, optional): Enable skill-based search (default: false)     update_facet (str,
        optional): Force facet update  Returns:     A JSON response containing:     - results:
        List of content items with metadata     - count: Total number of matching items     -
        next: URL for the next page of results (if available)     - previous: URL for the
        previous page of results (if available)     - current_page: Current page number     -
        total_pages: Total number of pages     - facets: Aggregated counts for each filter
        category (if requested)  Each content item contains type-specific fields:     - Courses:
        {             \"id\": 123,             \"type\": \"course\",             \"course_id\":
        \"CS101\",             \"name\": \"Introduction to Computer Science\",
        \"description\": \"Learn the fundamentals of computer science\",
        \"short_description\": \"CS fundamentals\",             \"image_url\":
        \"https://example.com/images/cs101.jpg\",             \"level\": \"Beginner\",
        \"subject\": \"Computer Science\",             \"topics\": [\"Programming\",
        \"Algorithms\"],             \"tags\": [\"python\", \"coding\"],
        \"language\": \"English\",             \"tenant\": \"example-university\",
        \"self_paced\": true,             \"duration\": \"6 weeks\",
        \"certificate\": \"Professional Certificate\",             \"price\": \"Free\",
        \"skills\": [                 {\"id\": 1, \"name\": \"Python Programming\"},
        {\"id\": 2, \"name\": \"Algorithms\"}             ],             \"url\":
        \"https://example.com/courses/cs101\"         }      - Programs:         {
        \"id\": 456,             \"type\": \"program\",             \"program_id\": \"PROG123\",
        \"name\": \"Data Science Program\",             \"description\": \"Comprehensive data
        science curriculum\",             \"short_description\": \"Learn data science\",
        \"image_url\": \"https://example.com/images/datascience.jpg\",             \"level\":
        \"Intermediate\",             \"subject\": \"Data Science\",             \"topics\":
        [\"Machine Learning\", \"Statistics\"],             \"program_type\": \"Professional
        Certificate\",             \"courses\": [                 {\"id\": 123, \"name\":
        \"Introduction to Python\"},                 {\"id\": 124, \"name\": \"Statistics for
        Data Science\"}             ],             \"url\":
        \"https://example.com/programs/prog123\"         }      - Pathways:         {
        \"id\": 789,             \"type\": \"pathway\",             \"pathway_id\": \"PATH456\",
        \"name\": \"Software Engineering Career Path\",             \"description\": \"Complete
        pathway to become a software engineer\",             \"image_url\":
        \"https://example.com/images/swe-path.jpg\",             \"programs\": [
        {\"id\": 456, \"name\": \"Programming Fundamentals\"},                 {\"id\": 457,
        \"name\": \"Web Development\"}             ],             \"url\":
        \"https://example.com/pathways/path456\"         }      - Skills:         {
        \"id\": 321,             \"type\": \"skill\",             \"name\": \"Machine
        Learning\",             \"description\": \"Building systems that learn from data\",
        \"courses\": [                 {\"id\": 125, \"name\": \"Machine Learning
        Fundamentals\"}             ],             \"related_skills\": [
        {\"id\": 322, \"name\": \"Deep Learning\"}             ]         }      - Roles:
        {             \"id\": 654,             \"type\": \"role\",             \"name\": \"Data
        Scientist\",             \"description\": \"Professional who analyzes and interprets
        complex data\",             \"skills\": [                 {\"id\": 321, \"name\":
        \"Machine Learning\"},                 {\"id\": 323, \"name\": \"Data Analysis\"}
        ],             \"recommended_courses\": [                 {\"id\": 125, \"name\":
        \"Machine Learning Fundamentals\"}             ]         }      - Resources:         {
        \"id\": 987,             \"type\": \"resource\",             \"name\": \"Python Cheat
        Sheet\",             \"description\": \"Quick reference guide for Python\",
        \"resource_type\": \"PDF\",             \"url\":
        \"https://example.com/resources/python-cheatsheet.pdf\",             \"topics\":
        [\"Programming\", \"Python\"]         }  Error Responses:     500 Internal Server Error:
        If an unexpected error occurs during processing  Notes:     - Results are cached for
        performance     - The 'resources' content type is only included by default if
        IBL_ENABLE_RESOURCES_IN_FACET is true     - For debugging, add ?debug=true to see
        detailed information about skill matching

        Args:
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
            resource_type (list[str] | Unset, query)
            return_facet (bool | Unset, query)
            return_items (bool | Unset, query)
            self_paced (list[str] | Unset, query)
            skill_id (str | Unset, query)
            skills (list[str] | Unset, query)
            subject (list[str] | Unset, query)
            tags (list[str] | Unset, query)
            tenant (str | Unset, query)
            topics (list[str] | Unset, query)
            update_facet (str | Unset, query)

        Returns:
            GlobalCatalogSearchResponse
        """
        return await self._client._send(
            _search_catalog_retrieve.OPERATION,
            _search_catalog_retrieve.build_request(
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
                resource_type=resource_type,
                return_facet=return_facet,
                return_items=return_items,
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

    def iter_retrieve(
        self,
        *,
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
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[GlobalCatalogSearchResponseResultsItem]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_catalog_retrieve.OPERATION,
            _search_catalog_retrieve.build_request(
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
                resource_type=resource_type,
                return_facet=return_facet,
                return_items=return_items,
                self_paced=self_paced,
                skill_id=skill_id,
                skills=skills,
                subject=subject,
                tags=tags,
                tenant=tenant,
                topics=topics,
                update_facet=update_facet,
            ),
            _search_catalog_retrieve.PAGE,
            options,
        )


class AsyncSearchCatalogResourceWithRawResponse:
    """`AsyncClient.search.catalog`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchCatalogResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
