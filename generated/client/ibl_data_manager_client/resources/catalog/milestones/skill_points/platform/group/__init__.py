"""`Client.catalog.milestones.skill_points.platform.group`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_skill_points_platform_group_create as _catalog_milestones_skill_points_platform_group_create,
)
from .......models.platform_skill_point_group_request import PlatformSkillPointGroupRequest

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesSkillPointsPlatformGroupResource",
    "CatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse",
    "AsyncCatalogMilestonesSkillPointsPlatformGroupResource",
    "AsyncCatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse",
]


class CatalogMilestonesSkillPointsPlatformGroupResource:
    """`Client.catalog.milestones.skill_points.platform.group`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: PlatformSkillPointGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update skill points for all users in a group

        Args:
            body (PlatformSkillPointGroupRequest, request body): Request serializer for
                PlatformSkillPointGroupManagementView POST endpoint.

        Returns:
            None
        """
        return self._client._send(
            _catalog_milestones_skill_points_platform_group_create.OPERATION,
            _catalog_milestones_skill_points_platform_group_create.build_request(body=body),
            options,
        )


class CatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse:
    """`Client.catalog.milestones.skill_points.platform.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesSkillPointsPlatformGroupResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogMilestonesSkillPointsPlatformGroupResource:
    """`AsyncClient.catalog.milestones.skill_points.platform.group`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: PlatformSkillPointGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update skill points for all users in a group

        Args:
            body (PlatformSkillPointGroupRequest, request body): Request serializer for
                PlatformSkillPointGroupManagementView POST endpoint.

        Returns:
            None
        """
        return await self._client._send(
            _catalog_milestones_skill_points_platform_group_create.OPERATION,
            _catalog_milestones_skill_points_platform_group_create.build_request(body=body),
            options,
        )


class AsyncCatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.skill_points.platform.group`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesSkillPointsPlatformGroupResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
