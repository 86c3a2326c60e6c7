"""`Client.catalog.milestones.skill_points.platform.group`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_skill_points_platform_group_create as _catalog_milestones_skill_points_platform_group_create,
)
from .......models.platform_skill_point_group_request import PlatformSkillPointGroupRequest
from .......models.platform_skill_point_group_request_point_data import (
    PlatformSkillPointGroupRequestPointData,
)
from .......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        body: PlatformSkillPointGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        group_id: int,
        point_data: PlatformSkillPointGroupRequestPointData,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        body: PlatformSkillPointGroupRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        point_data: PlatformSkillPointGroupRequestPointData | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update skill points for all users in a group

        Args:
            body (PlatformSkillPointGroupRequest, request body): Request serializer for
                PlatformSkillPointGroupManagementView POST endpoint.
            Or the body's fields as keywords instead of body=: platform_key, group_id,
                point_data, overwrite

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.platform.group.create",
            body,
            PlatformSkillPointGroupRequest,
            ["platform_key", "group_id", "point_data"],
            (
                ("platform_key", "platform_key", platform_key),
                ("group_id", "group_id", group_id),
                ("point_data", "point_data", point_data),
                ("overwrite", "overwrite", overwrite),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        body: PlatformSkillPointGroupRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        group_id: int,
        point_data: PlatformSkillPointGroupRequestPointData,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        body: PlatformSkillPointGroupRequest | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        point_data: PlatformSkillPointGroupRequestPointData | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update skill points for all users in a group

        Args:
            body (PlatformSkillPointGroupRequest, request body): Request serializer for
                PlatformSkillPointGroupManagementView POST endpoint.
            Or the body's fields as keywords instead of body=: platform_key, group_id,
                point_data, overwrite

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.platform.group.create",
            body,
            PlatformSkillPointGroupRequest,
            ["platform_key", "group_id", "point_data"],
            (
                ("platform_key", "platform_key", platform_key),
                ("group_id", "group_id", group_id),
                ("point_data", "point_data", point_data),
                ("overwrite", "overwrite", overwrite),
            ),
        )
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
