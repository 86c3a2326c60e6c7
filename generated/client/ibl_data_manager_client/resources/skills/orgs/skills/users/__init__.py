"""`Client.skills.orgs.skills.users`: 1 operation and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.skills import skills_orgs_skills_users_retrieve as _skills_orgs_skills_users_retrieve
from ......models.user_skill import UserSkill

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .desired_skills import (
        AsyncSkillsOrgsSkillsUsersDesiredSkillsResource,
        AsyncSkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse,
        SkillsOrgsSkillsUsersDesiredSkillsResource,
        SkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse,
    )
    from .point_percentile import (
        AsyncSkillsOrgsSkillsUsersPointPercentileResource,
        AsyncSkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse,
        SkillsOrgsSkillsUsersPointPercentileResource,
        SkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse,
    )
    from .reported_skills import (
        AsyncSkillsOrgsSkillsUsersReportedSkillsResource,
        AsyncSkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse,
        SkillsOrgsSkillsUsersReportedSkillsResource,
        SkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse,
    )

__all__ = [
    "SkillsOrgsSkillsUsersResource",
    "SkillsOrgsSkillsUsersResourceWithRawResponse",
    "AsyncSkillsOrgsSkillsUsersResource",
    "AsyncSkillsOrgsSkillsUsersResourceWithRawResponse",
]


class SkillsOrgsSkillsUsersResource:
    """`Client.skills.orgs.skills.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsOrgsSkillsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsOrgsSkillsUsersResourceWithRawResponse(self)

    @cached_property
    def desired_skills(self) -> SkillsOrgsSkillsUsersDesiredSkillsResource:
        from .desired_skills import SkillsOrgsSkillsUsersDesiredSkillsResource

        return SkillsOrgsSkillsUsersDesiredSkillsResource(self._client)

    @cached_property
    def point_percentile(self) -> SkillsOrgsSkillsUsersPointPercentileResource:
        from .point_percentile import SkillsOrgsSkillsUsersPointPercentileResource

        return SkillsOrgsSkillsUsersPointPercentileResource(self._client)

    @cached_property
    def reported_skills(self) -> SkillsOrgsSkillsUsersReportedSkillsResource:
        from .reported_skills import SkillsOrgsSkillsUsersReportedSkillsResource

        return SkillsOrgsSkillsUsersReportedSkillsResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserSkill:
        """Retrieve a user's skill information.  This endpoint returns information about skills
        that a user has acquired through the platform. It can return all skills or filter by a
        specific skill.  Path Parameters:     org (str): The platform/organization identifier
        user_id (str): The username of the user to retrieve skill information for  Query
        Parameters:     skill_name (str, optional): Filter results to a specific skill  Returns:
        When skill_name is provided:         Details about the specific skill including points
        earned and percentile ranking      When skill_name is not provided:         A list of
        all skills the user has acquired with their points  Access Control:     - Platform
        admins can access any user's skill information     - Users can access their own skill
        information

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserSkill
        """
        return self._client._send(
            _skills_orgs_skills_users_retrieve.OPERATION,
            _skills_orgs_skills_users_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class SkillsOrgsSkillsUsersResourceWithRawResponse:
    """`Client.skills.orgs.skills.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsOrgsSkillsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def desired_skills(self) -> SkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse:
        from .desired_skills import SkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse

        return SkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse(
            self._resource.desired_skills
        )

    @cached_property
    def point_percentile(self) -> SkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse:
        from .point_percentile import SkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse

        return SkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse(
            self._resource.point_percentile
        )

    @cached_property
    def reported_skills(self) -> SkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse:
        from .reported_skills import SkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse

        return SkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse(
            self._resource.reported_skills
        )


class AsyncSkillsOrgsSkillsUsersResource:
    """`AsyncClient.skills.orgs.skills.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsOrgsSkillsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsOrgsSkillsUsersResourceWithRawResponse(self)

    @cached_property
    def desired_skills(self) -> AsyncSkillsOrgsSkillsUsersDesiredSkillsResource:
        from .desired_skills import AsyncSkillsOrgsSkillsUsersDesiredSkillsResource

        return AsyncSkillsOrgsSkillsUsersDesiredSkillsResource(self._client)

    @cached_property
    def point_percentile(self) -> AsyncSkillsOrgsSkillsUsersPointPercentileResource:
        from .point_percentile import AsyncSkillsOrgsSkillsUsersPointPercentileResource

        return AsyncSkillsOrgsSkillsUsersPointPercentileResource(self._client)

    @cached_property
    def reported_skills(self) -> AsyncSkillsOrgsSkillsUsersReportedSkillsResource:
        from .reported_skills import AsyncSkillsOrgsSkillsUsersReportedSkillsResource

        return AsyncSkillsOrgsSkillsUsersReportedSkillsResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> UserSkill:
        """Retrieve a user's skill information.  This endpoint returns information about skills
        that a user has acquired through the platform. It can return all skills or filter by a
        specific skill.  Path Parameters:     org (str): The platform/organization identifier
        user_id (str): The username of the user to retrieve skill information for  Query
        Parameters:     skill_name (str, optional): Filter results to a specific skill  Returns:
        When skill_name is provided:         Details about the specific skill including points
        earned and percentile ranking      When skill_name is not provided:         A list of
        all skills the user has acquired with their points  Access Control:     - Platform
        admins can access any user's skill information     - Users can access their own skill
        information

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            UserSkill
        """
        return await self._client._send(
            _skills_orgs_skills_users_retrieve.OPERATION,
            _skills_orgs_skills_users_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncSkillsOrgsSkillsUsersResourceWithRawResponse:
    """`AsyncClient.skills.orgs.skills.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsOrgsSkillsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def desired_skills(self) -> AsyncSkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse:
        from .desired_skills import AsyncSkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse

        return AsyncSkillsOrgsSkillsUsersDesiredSkillsResourceWithRawResponse(
            self._resource.desired_skills
        )

    @cached_property
    def point_percentile(self) -> AsyncSkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse:
        from .point_percentile import (
            AsyncSkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse,
        )

        return AsyncSkillsOrgsSkillsUsersPointPercentileResourceWithRawResponse(
            self._resource.point_percentile
        )

    @cached_property
    def reported_skills(self) -> AsyncSkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse:
        from .reported_skills import AsyncSkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse

        return AsyncSkillsOrgsSkillsUsersReportedSkillsResourceWithRawResponse(
            self._resource.reported_skills
        )
