"""`Client.skills.orgs.skills.users.reported_skills`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.skills import (
    skills_orgs_skills_users_reported_skills_retrieve as _skills_orgs_skills_users_reported_skills_retrieve,
)
from .......models.reported_skill import ReportedSkill

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "SkillsOrgsSkillsUsersReportedSkillsResource",
    "SkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse",
    "AsyncSkillsOrgsSkillsUsersReportedSkillsResource",
    "AsyncSkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse",
]


class SkillsOrgsSkillsUsersReportedSkillsResource:
    """`Client.skills.orgs.skills.users.reported_skills`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill:
        """Retrieve a user's self-reported skills.  This endpoint returns the skills that a user
        has reported having prior to or outside of the platform learning experience.  Path
        Parameters:     org (str): The platform/organization identifier     user_id (str): The
        username of the user to retrieve skill information for  Returns:     The user's
        self-reported skills information.  Error Responses:     400 Bad Request: If the user
        doesn't exist in the platform or has no reported skills     404 Not Found: If the
        specified platform doesn't exist  Access Control:     - Platform admins can access any
        user's information     - Users can access their own information

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            ReportedSkill
        """
        return self._client._send(
            _skills_orgs_skills_users_reported_skills_retrieve.OPERATION,
            _skills_orgs_skills_users_reported_skills_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class SkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse:
    """`Client.skills.orgs.skills.users.reported_skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsOrgsSkillsUsersReportedSkillsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSkillsOrgsSkillsUsersReportedSkillsResource:
    """`AsyncClient.skills.orgs.skills.users.reported_skills`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> ReportedSkill:
        """Retrieve a user's self-reported skills.  This endpoint returns the skills that a user
        has reported having prior to or outside of the platform learning experience.  Path
        Parameters:     org (str): The platform/organization identifier     user_id (str): The
        username of the user to retrieve skill information for  Returns:     The user's
        self-reported skills information.  Error Responses:     400 Bad Request: If the user
        doesn't exist in the platform or has no reported skills     404 Not Found: If the
        specified platform doesn't exist  Access Control:     - Platform admins can access any
        user's information     - Users can access their own information

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            ReportedSkill
        """
        return await self._client._send(
            _skills_orgs_skills_users_reported_skills_retrieve.OPERATION,
            _skills_orgs_skills_users_reported_skills_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncSkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse:
    """`AsyncClient.skills.orgs.skills.users.reported_skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsOrgsSkillsUsersReportedSkillsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
