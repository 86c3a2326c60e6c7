"""`Client.skills.orgs.skills.users.point_percentile`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.skills import (
    skills_orgs_skills_users_point_percentile_retrieve as _skills_orgs_skills_users_point_percentile_retrieve,
)
from .......models.user_skill_points_percentile import UserSkillPointsPercentile

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "SkillsOrgsSkillsUsersPointPercentileResource",
    "SkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse",
    "AsyncSkillsOrgsSkillsUsersPointPercentileResource",
    "AsyncSkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse",
]


class SkillsOrgsSkillsUsersPointPercentileResource:
    """`Client.skills.orgs.skills.users.point_percentile`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserSkillPointsPercentile:
        """Retrieve a user's total skill points and percentile ranking.  This endpoint returns the
        total skill points a user has earned across all skills and their percentile ranking
        compared to other users on the platform.  Path Parameters:     org (str): The
        platform/organization identifier     user_id (str): The username of the user to retrieve
        information for  Returns:     The user's total skill points and percentile ranking
        information:     - Username     - Total points earned across all skills     - Percentile
        ranking compared to other users  Access Control:     - Platform admins can access any
        user's information     - Users can access their own information

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserSkillPointsPercentile
        """
        return self._client._send(
            _skills_orgs_skills_users_point_percentile_retrieve.OPERATION,
            _skills_orgs_skills_users_point_percentile_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class SkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse:
    """`Client.skills.orgs.skills.users.point_percentile`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsOrgsSkillsUsersPointPercentileResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSkillsOrgsSkillsUsersPointPercentileResource:
    """`AsyncClient.skills.orgs.skills.users.point_percentile`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserSkillPointsPercentile:
        """Retrieve a user's total skill points and percentile ranking.  This endpoint returns the
        total skill points a user has earned across all skills and their percentile ranking
        compared to other users on the platform.  Path Parameters:     org (str): The
        platform/organization identifier     user_id (str): The username of the user to retrieve
        information for  Returns:     The user's total skill points and percentile ranking
        information:     - Username     - Total points earned across all skills     - Percentile
        ranking compared to other users  Access Control:     - Platform admins can access any
        user's information     - Users can access their own information

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserSkillPointsPercentile
        """
        return await self._client._send(
            _skills_orgs_skills_users_point_percentile_retrieve.OPERATION,
            _skills_orgs_skills_users_point_percentile_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )


class AsyncSkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse:
    """`AsyncClient.skills.orgs.skills.users.point_percentile`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsOrgsSkillsUsersPointPercentileResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
