"""`Client.catalog.milestones.skill_points.platform.bulk`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_skill_points_platform_bulk_create as _catalog_milestones_skill_points_platform_bulk_create,
)
from .......models.platform_skill_point_bulk_request import PlatformSkillPointBulkRequest
from .......models.platform_skill_point_bulk_request_skill_point_data_item import (
    PlatformSkillPointBulkRequestSkillPointDataItem,
)
from .......models.platform_skill_point_bulk_response import PlatformSkillPointBulkResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesSkillPointsPlatformBulkResource",
    "CatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse",
    "AsyncCatalogMilestonesSkillPointsPlatformBulkResource",
    "AsyncCatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse",
]


class CatalogMilestonesSkillPointsPlatformBulkResource:
    """`Client.catalog.milestones.skill_points.platform.bulk`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        body: PlatformSkillPointBulkRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformSkillPointBulkResponse: ...

    @overload
    def create(
        self,
        *,
        skill_point_data: list[PlatformSkillPointBulkRequestSkillPointDataItem],
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformSkillPointBulkResponse: ...

    def create(
        self,
        *,
        body: PlatformSkillPointBulkRequest | Unset = UNSET,
        skill_point_data: list[PlatformSkillPointBulkRequestSkillPointDataItem] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformSkillPointBulkResponse:
        """Bulk create/update platform skill points

        Args:
            body (PlatformSkillPointBulkRequest, request body): Request serializer for
                PlatformSkillPointBulkManagementView POST endpoint.
            Or the body's fields as keywords instead of body=: skill_point_data, platform_key

        Returns:
            PlatformSkillPointBulkResponse
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.platform.bulk.create",
            body,
            PlatformSkillPointBulkRequest,
            ["skill_point_data"],
            (
                ("skill_point_data", "skill_point_data", skill_point_data),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return self._client._send(
            _catalog_milestones_skill_points_platform_bulk_create.OPERATION,
            _catalog_milestones_skill_points_platform_bulk_create.build_request(body=body),
            options,
        )


class CatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse:
    """`Client.catalog.milestones.skill_points.platform.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesSkillPointsPlatformBulkResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCatalogMilestonesSkillPointsPlatformBulkResource:
    """`AsyncClient.catalog.milestones.skill_points.platform.bulk`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        body: PlatformSkillPointBulkRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformSkillPointBulkResponse: ...

    @overload
    async def create(
        self,
        *,
        skill_point_data: list[PlatformSkillPointBulkRequestSkillPointDataItem],
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformSkillPointBulkResponse: ...

    async def create(
        self,
        *,
        body: PlatformSkillPointBulkRequest | Unset = UNSET,
        skill_point_data: list[PlatformSkillPointBulkRequestSkillPointDataItem] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformSkillPointBulkResponse:
        """Bulk create/update platform skill points

        Args:
            body (PlatformSkillPointBulkRequest, request body): Request serializer for
                PlatformSkillPointBulkManagementView POST endpoint.
            Or the body's fields as keywords instead of body=: skill_point_data, platform_key

        Returns:
            PlatformSkillPointBulkResponse
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.platform.bulk.create",
            body,
            PlatformSkillPointBulkRequest,
            ["skill_point_data"],
            (
                ("skill_point_data", "skill_point_data", skill_point_data),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return await self._client._send(
            _catalog_milestones_skill_points_platform_bulk_create.OPERATION,
            _catalog_milestones_skill_points_platform_bulk_create.build_request(body=body),
            options,
        )


class AsyncCatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.skill_points.platform.bulk`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesSkillPointsPlatformBulkResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
