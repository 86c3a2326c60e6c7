"""`Client.career.orgs.experience.users`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.career import (
    career_orgs_experience_users_create as _career_orgs_experience_users_create,
)
from ......api.career import (
    career_orgs_experience_users_destroy as _career_orgs_experience_users_destroy,
)
from ......api.career import (
    career_orgs_experience_users_retrieve as _career_orgs_experience_users_retrieve,
)
from ......api.career import (
    career_orgs_experience_users_update as _career_orgs_experience_users_update,
)
from ......models.experience import Experience
from ......models.experience_request import ExperienceRequest

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CareerOrgsExperienceUsersResource",
    "CareerOrgsExperienceUsersResourceWithRawResponse",
    "AsyncCareerOrgsExperienceUsersResource",
    "AsyncCareerOrgsExperienceUsersResourceWithRawResponse",
]


class CareerOrgsExperienceUsersResource:
    """`Client.career.orgs.experience.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsExperienceUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsExperienceUsersResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return self._client._send(
            _career_orgs_experience_users_destroy.OPERATION,
            _career_orgs_experience_users_destroy.build_request(org=org, username=username),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """GET /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Experience
        """
        return self._client._send(
            _career_orgs_experience_users_retrieve.OPERATION,
            _career_orgs_experience_users_retrieve.build_request(org=org, username=username),
            options,
        )

    def create(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """POST /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ExperienceRequest, request body)

        Returns:
            Experience
        """
        return self._client._send(
            _career_orgs_experience_users_create.OPERATION,
            _career_orgs_experience_users_create.build_request(
                org=org, username=username, body=body
            ),
            options,
        )

    def update(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """PUT /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ExperienceRequest, request body)

        Returns:
            Experience
        """
        return self._client._send(
            _career_orgs_experience_users_update.OPERATION,
            _career_orgs_experience_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class CareerOrgsExperienceUsersResourceWithRawResponse:
    """`Client.career.orgs.experience.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsExperienceUsersResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)
        self.update = to_raw_response(resource.update)


class AsyncCareerOrgsExperienceUsersResource:
    """`AsyncClient.career.orgs.experience.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsExperienceUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsExperienceUsersResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DELETE /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _career_orgs_experience_users_destroy.OPERATION,
            _career_orgs_experience_users_destroy.build_request(org=org, username=username),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        username: str,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """GET /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)

        Returns:
            Experience
        """
        return await self._client._send(
            _career_orgs_experience_users_retrieve.OPERATION,
            _career_orgs_experience_users_retrieve.build_request(org=org, username=username),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """POST /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ExperienceRequest, request body)

        Returns:
            Experience
        """
        return await self._client._send(
            _career_orgs_experience_users_create.OPERATION,
            _career_orgs_experience_users_create.build_request(
                org=org, username=username, body=body
            ),
            options,
        )

    async def update(
        self,
        *,
        org: str,
        username: str,
        body: ExperienceRequest,
        **options: Unpack[RequestOptions],
    ) -> Experience:
        """PUT /api/career/orgs/{org}/experience/users/{username}/

        Args:
            org (str, path)
            username (str, path)
            body (ExperienceRequest, request body)

        Returns:
            Experience
        """
        return await self._client._send(
            _career_orgs_experience_users_update.OPERATION,
            _career_orgs_experience_users_update.build_request(
                org=org, username=username, body=body
            ),
            options,
        )


class AsyncCareerOrgsExperienceUsersResourceWithRawResponse:
    """`AsyncClient.career.orgs.experience.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsExperienceUsersResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
