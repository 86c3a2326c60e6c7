"""`Client.skills.orgs.skills.percentile`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.skills import (
    skills_orgs_skills_percentile_list as _skills_orgs_skills_percentile_list,
)
from ......api.skills import (
    skills_orgs_skills_percentile_retrieve as _skills_orgs_skills_percentile_retrieve,
)
from ......models.points_percentile import PointsPercentile

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "SkillsOrgsSkillsPercentileResource",
    "SkillsOrgsSkillsPercentileResourceWithRawResponse",
    "AsyncSkillsOrgsSkillsPercentileResource",
    "AsyncSkillsOrgsSkillsPercentileResourceWithRawResponse",
]


class SkillsOrgsSkillsPercentileResource:
    """`Client.skills.orgs.skills.percentile`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsOrgsSkillsPercentileResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsOrgsSkillsPercentileResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[PointsPercentile]:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)

        Returns:
            list[PointsPercentile]
        """
        return self._client._send(
            _skills_orgs_skills_percentile_list.OPERATION,
            _skills_orgs_skills_percentile_list.build_request(org=org),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        skill_id: int,
        **options: Unpack[RequestOptions],
    ) -> PointsPercentile:
        """Retrieve percentile distribution for a specific skill.  This endpoint returns the
        percentile distribution of points earned by users for a specific skill.  Path
        Parameters:     skill_id (int): The ID of the skill to retrieve percentile information
        for     org (str, optional): The platform/organization identifier to filter results
        Returns:     A list of percentile breakpoints for the specified skill.  Error Responses:
        404 Not Found: If the specified skill doesn't exist  Access Control:     - Platform
        admins can access this information     - All authenticated users can access this
        information

        Args:
            org (str, path)
            skill_id (int, path)

        Returns:
            PointsPercentile
        """
        return self._client._send(
            _skills_orgs_skills_percentile_retrieve.OPERATION,
            _skills_orgs_skills_percentile_retrieve.build_request(org=org, skill_id=skill_id),
            options,
        )


class SkillsOrgsSkillsPercentileResourceWithRawResponse:
    """`Client.skills.orgs.skills.percentile`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsOrgsSkillsPercentileResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncSkillsOrgsSkillsPercentileResource:
    """`AsyncClient.skills.orgs.skills.percentile`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsOrgsSkillsPercentileResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsOrgsSkillsPercentileResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[PointsPercentile]:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        Args:
            org (str, path)

        Returns:
            list[PointsPercentile]
        """
        return await self._client._send(
            _skills_orgs_skills_percentile_list.OPERATION,
            _skills_orgs_skills_percentile_list.build_request(org=org),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        skill_id: int,
        **options: Unpack[RequestOptions],
    ) -> PointsPercentile:
        """Retrieve percentile distribution for a specific skill.  This endpoint returns the
        percentile distribution of points earned by users for a specific skill.  Path
        Parameters:     skill_id (int): The ID of the skill to retrieve percentile information
        for     org (str, optional): The platform/organization identifier to filter results
        Returns:     A list of percentile breakpoints for the specified skill.  Error Responses:
        404 Not Found: If the specified skill doesn't exist  Access Control:     - Platform
        admins can access this information     - All authenticated users can access this
        information

        Args:
            org (str, path)
            skill_id (int, path)

        Returns:
            PointsPercentile
        """
        return await self._client._send(
            _skills_orgs_skills_percentile_retrieve.OPERATION,
            _skills_orgs_skills_percentile_retrieve.build_request(org=org, skill_id=skill_id),
            options,
        )


class AsyncSkillsOrgsSkillsPercentileResourceWithRawResponse:
    """`AsyncClient.skills.orgs.skills.percentile`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsOrgsSkillsPercentileResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
