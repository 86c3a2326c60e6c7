"""`Client.career.resume.orgs.users`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.career import career_resume_orgs_users_create as _career_resume_orgs_users_create
from ......api.career import career_resume_orgs_users_retrieve as _career_resume_orgs_users_retrieve
from ......api.career import career_resume_orgs_users_update as _career_resume_orgs_users_update

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CareerResumeOrgsUsersResource",
    "CareerResumeOrgsUsersResourceWithRawResponse",
    "AsyncCareerResumeOrgsUsersResource",
    "AsyncCareerResumeOrgsUsersResourceWithRawResponse",
]


class CareerResumeOrgsUsersResource:
    """`Client.career.resume.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerResumeOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerResumeOrgsUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /api/career/resume/orgs/{org}/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_resume_orgs_users_retrieve.OPERATION,
            _career_resume_orgs_users_retrieve.build_request(org=org, username=username),
            options,
        )

    def create(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /api/career/resume/orgs/{org}/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_resume_orgs_users_create.OPERATION,
            _career_resume_orgs_users_create.build_request(org=org, username=username),
            options,
        )

    def update(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """PUT /api/career/resume/orgs/{org}/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_resume_orgs_users_update.OPERATION,
            _career_resume_orgs_users_update.build_request(org=org, username=username),
            options,
        )


class CareerResumeOrgsUsersResourceWithRawResponse:
    """`Client.career.resume.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerResumeOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncCareerResumeOrgsUsersResource:
    """`AsyncClient.career.resume.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerResumeOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerResumeOrgsUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET /api/career/resume/orgs/{org}/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_resume_orgs_users_retrieve.OPERATION,
            _career_resume_orgs_users_retrieve.build_request(org=org, username=username),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /api/career/resume/orgs/{org}/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_resume_orgs_users_create.OPERATION,
            _career_resume_orgs_users_create.build_request(org=org, username=username),
            options,
        )

    async def update(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """PUT /api/career/resume/orgs/{org}/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_resume_orgs_users_update.OPERATION,
            _career_resume_orgs_users_update.build_request(org=org, username=username),
            options,
        )


class AsyncCareerResumeOrgsUsersResourceWithRawResponse:
    """`AsyncClient.career.resume.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerResumeOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
