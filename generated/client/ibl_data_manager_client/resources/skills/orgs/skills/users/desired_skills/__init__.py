"""`Client.skills.orgs.skills.users.desired_skills`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.skills import (
    skills_orgs_skills_users_desired_skills_retrieve as _skills_orgs_skills_users_desired_skills_retrieve,
)
from .......models.desired_skill import DesiredSkill

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "SkillsOrgsSkillsUsersDesiredSkillsResource",
    "SkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse",
    "AsyncSkillsOrgsSkillsUsersDesiredSkillsResource",
    "AsyncSkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse",
]


class SkillsOrgsSkillsUsersDesiredSkillsResource:
    """`Client.skills.orgs.skills.users.desired_skills`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill:
        """Retrieve a user's desired skills.  This endpoint returns the skills that a user has
        indicated they want to develop or acquire through the platform.  Path Parameters:
        org (str): The platform/organization identifier     user_id (str): The username of the
        user to retrieve skill information for  Returns:     The user's desired skills
        information.  Error Responses:     400 Bad Request: If the user doesn't exist in the
        platform or has no desired skills     404 Not Found: If the specified platform doesn't
        exist  Access Control:     - Platform admins can access any user's information     -
        Users can access their own information

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            DesiredSkill
        """
        return self._client._send(
            _skills_orgs_skills_users_desired_skills_retrieve.OPERATION,
            _skills_orgs_skills_users_desired_skills_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class SkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse:
    """`Client.skills.orgs.skills.users.desired_skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsOrgsSkillsUsersDesiredSkillsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSkillsOrgsSkillsUsersDesiredSkillsResource:
    """`AsyncClient.skills.orgs.skills.users.desired_skills`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> DesiredSkill:
        """Retrieve a user's desired skills.  This endpoint returns the skills that a user has
        indicated they want to develop or acquire through the platform.  Path Parameters:
        org (str): The platform/organization identifier     user_id (str): The username of the
        user to retrieve skill information for  Returns:     The user's desired skills
        information.  Error Responses:     400 Bad Request: If the user doesn't exist in the
        platform or has no desired skills     404 Not Found: If the specified platform doesn't
        exist  Access Control:     - Platform admins can access any user's information     -
        Users can access their own information

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            DesiredSkill
        """
        return await self._client._send(
            _skills_orgs_skills_users_desired_skills_retrieve.OPERATION,
            _skills_orgs_skills_users_desired_skills_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncSkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse:
    """`AsyncClient.skills.orgs.skills.users.desired_skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsOrgsSkillsUsersDesiredSkillsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
