"""`Client.skills.orgs.skills`: 2 operations and 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.skills import skills_orgs_skills_list as _skills_orgs_skills_list
from .....api.skills import skills_orgs_skills_retrieve as _skills_orgs_skills_retrieve
from .....models.skill_detail import SkillDetail
from .....models.skill_info import SkillInfo

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .percentile import (
        AsyncSkillsOrgsSkillsPercentileResource,
        AsyncSkillsOrgsSkillsPercentileResourceWithRawResponse,
        SkillsOrgsSkillsPercentileResource,
        SkillsOrgsSkillsPercentileResourceWithRawResponse,
    )
    from .thresholds import (
        AsyncSkillsOrgsSkillsThresholdsResource,
        AsyncSkillsOrgsSkillsThresholdsResourceWithRawResponse,
        SkillsOrgsSkillsThresholdsResource,
        SkillsOrgsSkillsThresholdsResourceWithRawResponse,
    )
    from .users import (
        AsyncSkillsOrgsSkillsUsersResource,
        AsyncSkillsOrgsSkillsUsersResourceWithRawResponse,
        SkillsOrgsSkillsUsersResource,
        SkillsOrgsSkillsUsersResourceWithRawResponse,
    )

__all__ = [
    "SkillsOrgsSkillsResource",
    "SkillsOrgsSkillsResourceWithRawResponse",
    "AsyncSkillsOrgsSkillsResource",
    "AsyncSkillsOrgsSkillsResourceWithRawResponse",
]


class SkillsOrgsSkillsResource:
    """`Client.skills.orgs.skills`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SkillsOrgsSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return SkillsOrgsSkillsResourceWithRawResponse(self)

    @cached_property
    def percentile(self) -> SkillsOrgsSkillsPercentileResource:
        from .percentile import SkillsOrgsSkillsPercentileResource

        return SkillsOrgsSkillsPercentileResource(self._client)

    @cached_property
    def thresholds(self) -> SkillsOrgsSkillsThresholdsResource:
        from .thresholds import SkillsOrgsSkillsThresholdsResource

        return SkillsOrgsSkillsThresholdsResource(self._client)

    @cached_property
    def users(self) -> SkillsOrgsSkillsUsersResource:
        from .users import SkillsOrgsSkillsUsersResource

        return SkillsOrgsSkillsUsersResource(self._client)

    def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[SkillInfo]:
        """List all available skills on the platform.  This endpoint returns information about all
        skills that can be acquired on the platform.  Path Parameters:     org (str): The
        platform/organization identifier  Returns:     A list of all skills with basic
        information about each skill.  Access Control:     - Platform admins can access this
        information     - All authenticated users can access this information

        Args:
            org (str, path)

        Returns:
            list[SkillInfo]
        """
        return self._client._send(
            _skills_orgs_skills_list.OPERATION,
            _skills_orgs_skills_list.build_request(org=org),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        skill_name: str,
        **options: Unpack[RequestOptions],
    ) -> SkillDetail:
        """Retrieve detailed information about a specific skill.  This endpoint returns
        comprehensive information about a specific skill, including its description, categories,
        and related courses.  Path Parameters:     org (str): The platform/organization
        identifier     skill_name (str): The name of the skill to retrieve details for  Returns:
        Detailed information about the specified skill.  Error Responses:     404 Not Found: If
        the specified skill doesn't exist  Access Control:     - Platform admins can access this
        information     - All authenticated users can access this information

        Args:
            org (str, path)
            skill_name (str, path)

        Returns:
            SkillDetail
        """
        return self._client._send(
            _skills_orgs_skills_retrieve.OPERATION,
            _skills_orgs_skills_retrieve.build_request(org=org, skill_name=skill_name),
            options,
        )


class SkillsOrgsSkillsResourceWithRawResponse:
    """`Client.skills.orgs.skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: SkillsOrgsSkillsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def percentile(self) -> SkillsOrgsSkillsPercentileResourceWithRawResponse:
        from .percentile import SkillsOrgsSkillsPercentileResourceWithRawResponse

        return SkillsOrgsSkillsPercentileResourceWithRawResponse(self._resource.percentile)

    @cached_property
    def thresholds(self) -> SkillsOrgsSkillsThresholdsResourceWithRawResponse:
        from .thresholds import SkillsOrgsSkillsThresholdsResourceWithRawResponse

        return SkillsOrgsSkillsThresholdsResourceWithRawResponse(self._resource.thresholds)

    @cached_property
    def users(self) -> SkillsOrgsSkillsUsersResourceWithRawResponse:
        from .users import SkillsOrgsSkillsUsersResourceWithRawResponse

        return SkillsOrgsSkillsUsersResourceWithRawResponse(self._resource.users)


class AsyncSkillsOrgsSkillsResource:
    """`AsyncClient.skills.orgs.skills`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSkillsOrgsSkillsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncSkillsOrgsSkillsResourceWithRawResponse(self)

    @cached_property
    def percentile(self) -> AsyncSkillsOrgsSkillsPercentileResource:
        from .percentile import AsyncSkillsOrgsSkillsPercentileResource

        return AsyncSkillsOrgsSkillsPercentileResource(self._client)

    @cached_property
    def thresholds(self) -> AsyncSkillsOrgsSkillsThresholdsResource:
        from .thresholds import AsyncSkillsOrgsSkillsThresholdsResource

        return AsyncSkillsOrgsSkillsThresholdsResource(self._client)

    @cached_property
    def users(self) -> AsyncSkillsOrgsSkillsUsersResource:
        from .users import AsyncSkillsOrgsSkillsUsersResource

        return AsyncSkillsOrgsSkillsUsersResource(self._client)

    async def list(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> list[SkillInfo]:
        """List all available skills on the platform.  This endpoint returns information about all
        skills that can be acquired on the platform.  Path Parameters:     org (str): The
        platform/organization identifier  Returns:     A list of all skills with basic
        information about each skill.  Access Control:     - Platform admins can access this
        information     - All authenticated users can access this information

        Args:
            org (str, path)

        Returns:
            list[SkillInfo]
        """
        return await self._client._send(
            _skills_orgs_skills_list.OPERATION,
            _skills_orgs_skills_list.build_request(org=org),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        skill_name: str,
        **options: Unpack[RequestOptions],
    ) -> SkillDetail:
        """Retrieve detailed information about a specific skill.  This endpoint returns
        comprehensive information about a specific skill, including its description, categories,
        and related courses.  Path Parameters:     org (str): The platform/organization
        identifier     skill_name (str): The name of the skill to retrieve details for  Returns:
        Detailed information about the specified skill.  Error Responses:     404 Not Found: If
        the specified skill doesn't exist  Access Control:     - Platform admins can access this
        information     - All authenticated users can access this information

        Args:
            org (str, path)
            skill_name (str, path)

        Returns:
            SkillDetail
        """
        return await self._client._send(
            _skills_orgs_skills_retrieve.OPERATION,
            _skills_orgs_skills_retrieve.build_request(org=org, skill_name=skill_name),
            options,
        )


class AsyncSkillsOrgsSkillsResourceWithRawResponse:
    """`AsyncClient.skills.orgs.skills`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncSkillsOrgsSkillsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def percentile(self) -> AsyncSkillsOrgsSkillsPercentileResourceWithRawResponse:
        from .percentile import AsyncSkillsOrgsSkillsPercentileResourceWithRawResponse

        return AsyncSkillsOrgsSkillsPercentileResourceWithRawResponse(self._resource.percentile)

    @cached_property
    def thresholds(self) -> AsyncSkillsOrgsSkillsThresholdsResourceWithRawResponse:
        from .thresholds import AsyncSkillsOrgsSkillsThresholdsResourceWithRawResponse

        return AsyncSkillsOrgsSkillsThresholdsResourceWithRawResponse(self._resource.thresholds)

    @cached_property
    def users(self) -> AsyncSkillsOrgsSkillsUsersResourceWithRawResponse:
        from .users import AsyncSkillsOrgsSkillsUsersResourceWithRawResponse

        return AsyncSkillsOrgsSkillsUsersResourceWithRawResponse(self._resource.users)
