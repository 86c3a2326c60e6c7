"""`Client.search.users.orgs.users`: 1 operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.search import search_users_orgs_users_retrieve as _search_users_orgs_users_retrieve
from ......models.user_search_response import UserSearchResponse
from ......models.user_search_response_results_item import UserSearchResponseResultsItem
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "SearchUsersOrgsUsersResource",
    "SearchUsersOrgsUsersResourceWithRawResponse",
    "AsyncSearchUsersOrgsUsersResource",
    "AsyncSearchUsersOrgsUsersResourceWithRawResponse",
]


class SearchUsersOrgsUsersResource:
    """`Client.search.users.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchUsersOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SearchUsersOrgsUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserSearchResponse:
        """Search and filter users within a specific organization/tenant.  This endpoint provides a
        search interface for discovering users within an organization, with support for
        filtering by departments, pagination, and faceted filtering.  Path Parameters:     org
        (str): The organization/tenant identifier     username (str): The username of the user
        making the request  Query Parameters:     # Search parameters     query (str, optional):
        Search term to filter users by name, username, or email      # Department filtering
        department_mode (bool, optional): Enable department-based filtering (default: false)
        user_department (bool, optional): Legacy parameter for department_mode (default: false)
        department (list, optional): Filter by specific departments      # Additional filters
        role (list, optional): Filter by user role     status (list, optional): Filter by user
        status (active, inactive)     joined_date (list, optional): Filter by join date range
        last_login (list, optional): Filter by last login date range      # Pagination     limit
        (int, optional): Number of results per page (default: 10)     offset (int, optional):
        Starting position for pagination  Returns:     A JSON response containing:     ```     {
        \"results\": [             {                 \"id\": 123,                 \"username\":
        \"john.doe\",                 \"email\": \"john.doe@example.com\",
        \"first_name\": \"John\",                 \"last_name\": \"Doe\",
        \"full_name\": \"John Doe\",                 \"profile_image\":
        \"https://example.com/profiles/john-doe.jpg\",                 \"role\": \"Student\",
        \"departments\": [\"Computer Science\", \"Data Science\"],                 \"status\":
        \"active\",                 \"joined_date\": \"2023-01-15T12:00:00Z\",
        \"last_login\": \"2023-06-20T15:30:00Z\",                 \"metadata\": {
        \"location\": \"New York\",                     \"title\": \"Software Engineer\",
        \"bio\": \"Experienced software engineer with a passion for education\"
        }             },             // Additional user objects...         ],         \"count\":
        50,         \"next\":
        \"https://api.example.com/api/search/users/example-org/admin/?limit=10&offset=10\",
        \"previous\": null,         \"current_page\": 1,         \"total_pages\": 5,
        \"facets\": {             \"role\": [                 {\"key\": \"Student\",
        \"doc_count\": 30},                 {\"key\": \"Instructor\", \"doc_count\": 15},
        {\"key\": \"Admin\", \"doc_count\": 5}             ],             \"department\": [
        {\"key\": \"Computer Science\", \"doc_count\": 20},                 {\"key\": \"Data
        Science\", \"doc_count\": 15},                 {\"key\": \"Business\", \"doc_count\":
        10},                 {\"key\": \"Engineering\", \"doc_count\": 5}             ],
        \"status\": [                 {\"key\": \"active\", \"doc_count\": 45},
        {\"key\": \"inactive\", \"doc_count\": 5}             ]         }     }     ``` Error
        Responses:     400 Bad Request: If the request parameters are invalid     403 Forbidden:
        If the user doesn't have department admin privileges (when using department_mode)
        404 Not Found: If the user or organization doesn't exist     500 Internal Server Error:
        If an unexpected error occurs  Access Control:     - The requesting user must have an
        active account in the specified organization     - When department_mode is enabled, the
        user must be an admin of at least one department     - Department filtering restricts
        results to users in departments where the requesting user is an admin

        Args:
            org (str, path)
            username (str, path)
            department (list[str] | Unset, query)
            education_degree (str | Unset, query)
            education_field_of_study (str | Unset, query)
            education_institution (str | Unset, query)
            include_membership_data (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            q (str | Unset, query)
            user_resume_company (str | Unset, query)
            user_resume_industry (str | Unset, query)
            user_resume_job_title (str | Unset, query)
            user_resume_location (str | Unset, query)
            user_resume_skills (str | Unset, query)

        Returns:
            UserSearchResponse
        """
        return self._client._send(
            _search_users_orgs_users_retrieve.OPERATION,
            _search_users_orgs_users_retrieve.build_request(
                org=org,
                username=username,
                department=department,
                education_degree=education_degree,
                education_field_of_study=education_field_of_study,
                education_institution=education_institution,
                include_membership_data=include_membership_data,
                limit=limit,
                offset=offset,
                q=q,
                user_resume_company=user_resume_company,
                user_resume_industry=user_resume_industry,
                user_resume_job_title=user_resume_job_title,
                user_resume_location=user_resume_location,
                user_resume_skills=user_resume_skills,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        username: str,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[UserSearchResponseResultsItem]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_users_orgs_users_retrieve.OPERATION,
            _search_users_orgs_users_retrieve.build_request(
                org=org,
                username=username,
                department=department,
                education_degree=education_degree,
                education_field_of_study=education_field_of_study,
                education_institution=education_institution,
                include_membership_data=include_membership_data,
                limit=limit,
                offset=offset,
                q=q,
                user_resume_company=user_resume_company,
                user_resume_industry=user_resume_industry,
                user_resume_job_title=user_resume_job_title,
                user_resume_location=user_resume_location,
                user_resume_skills=user_resume_skills,
            ),
            _search_users_orgs_users_retrieve.PAGE,
            options,
        )


class SearchUsersOrgsUsersResourceWithRawResponse:
    """`Client.search.users.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SearchUsersOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSearchUsersOrgsUsersResource:
    """`AsyncClient.search.users.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchUsersOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSearchUsersOrgsUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserSearchResponse:
        """Search and filter users within a specific organization/tenant.  This endpoint provides a
        search interface for discovering users within an organization, with support for
        filtering by departments, pagination, and faceted filtering.  Path Parameters:     org
        (str): The organization/tenant identifier     username (str): The username of the user
        making the request  Query Parameters:     # Search parameters     query (str, optional):
        Search term to filter users by name, username, or email      # Department filtering
        department_mode (bool, optional): Enable department-based filtering (default: false)
        user_department (bool, optional): Legacy parameter for department_mode (default: false)
        department (list, optional): Filter by specific departments      # Additional filters
        role (list, optional): Filter by user role     status (list, optional): Filter by user
        status (active, inactive)     joined_date (list, optional): Filter by join date range
        last_login (list, optional): Filter by last login date range      # Pagination     limit
        (int, optional): Number of results per page (default: 10)     offset (int, optional):
        Starting position for pagination  Returns:     A JSON response containing:     ```     {
        \"results\": [             {                 \"id\": 123,                 \"username\":
        \"john.doe\",                 \"email\": \"john.doe@example.com\",
        \"first_name\": \"John\",                 \"last_name\": \"Doe\",
        \"full_name\": \"John Doe\",                 \"profile_image\":
        \"https://example.com/profiles/john-doe.jpg\",                 \"role\": \"Student\",
        \"departments\": [\"Computer Science\", \"Data Science\"],                 \"status\":
        \"active\",                 \"joined_date\": \"2023-01-15T12:00:00Z\",
        \"last_login\": \"2023-06-20T15:30:00Z\",                 \"metadata\": {
        \"location\": \"New York\",                     \"title\": \"Software Engineer\",
        \"bio\": \"Experienced software engineer with a passion for education\"
        }             },             // Additional user objects...         ],         \"count\":
        50,         \"next\":
        \"https://api.example.com/api/search/users/example-org/admin/?limit=10&offset=10\",
        \"previous\": null,         \"current_page\": 1,         \"total_pages\": 5,
        \"facets\": {             \"role\": [                 {\"key\": \"Student\",
        \"doc_count\": 30},                 {\"key\": \"Instructor\", \"doc_count\": 15},
        {\"key\": \"Admin\", \"doc_count\": 5}             ],             \"department\": [
        {\"key\": \"Computer Science\", \"doc_count\": 20},                 {\"key\": \"Data
        Science\", \"doc_count\": 15},                 {\"key\": \"Business\", \"doc_count\":
        10},                 {\"key\": \"Engineering\", \"doc_count\": 5}             ],
        \"status\": [                 {\"key\": \"active\", \"doc_count\": 45},
        {\"key\": \"inactive\", \"doc_count\": 5}             ]         }     }     ``` Error
        Responses:     400 Bad Request: If the request parameters are invalid     403 Forbidden:
        If the user doesn't have department admin privileges (when using department_mode)
        404 Not Found: If the user or organization doesn't exist     500 Internal Server Error:
        If an unexpected error occurs  Access Control:     - The requesting user must have an
        active account in the specified organization     - When department_mode is enabled, the
        user must be an admin of at least one department     - Department filtering restricts
        results to users in departments where the requesting user is an admin

        Args:
            org (str, path)
            username (str, path)
            department (list[str] | Unset, query)
            education_degree (str | Unset, query)
            education_field_of_study (str | Unset, query)
            education_institution (str | Unset, query)
            include_membership_data (bool | Unset, query)
            limit (int | Unset, query)
            offset (int | Unset, query)
            q (str | Unset, query)
            user_resume_company (str | Unset, query)
            user_resume_industry (str | Unset, query)
            user_resume_job_title (str | Unset, query)
            user_resume_location (str | Unset, query)
            user_resume_skills (str | Unset, query)

        Returns:
            UserSearchResponse
        """
        return await self._client._send(
            _search_users_orgs_users_retrieve.OPERATION,
            _search_users_orgs_users_retrieve.build_request(
                org=org,
                username=username,
                department=department,
                education_degree=education_degree,
                education_field_of_study=education_field_of_study,
                education_institution=education_institution,
                include_membership_data=include_membership_data,
                limit=limit,
                offset=offset,
                q=q,
                user_resume_company=user_resume_company,
                user_resume_industry=user_resume_industry,
                user_resume_job_title=user_resume_job_title,
                user_resume_location=user_resume_location,
                user_resume_skills=user_resume_skills,
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        username: str,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[UserSearchResponseResultsItem]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _search_users_orgs_users_retrieve.OPERATION,
            _search_users_orgs_users_retrieve.build_request(
                org=org,
                username=username,
                department=department,
                education_degree=education_degree,
                education_field_of_study=education_field_of_study,
                education_institution=education_institution,
                include_membership_data=include_membership_data,
                limit=limit,
                offset=offset,
                q=q,
                user_resume_company=user_resume_company,
                user_resume_industry=user_resume_industry,
                user_resume_job_title=user_resume_job_title,
                user_resume_location=user_resume_location,
                user_resume_skills=user_resume_skills,
            ),
            _search_users_orgs_users_retrieve.PAGE,
            options,
        )


class AsyncSearchUsersOrgsUsersResourceWithRawResponse:
    """`AsyncClient.search.users.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSearchUsersOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
