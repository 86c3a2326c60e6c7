"""`Client.catalog.milestones.skill_points.block`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_milestones_skill_points_block_create as _catalog_milestones_skill_points_block_create,
)
from ......api.catalog import (
    catalog_milestones_skill_points_block_retrieve as _catalog_milestones_skill_points_block_retrieve,
)
from ......models.block_skill_point_info_request import BlockSkillPointInfoRequest
from ......models.block_skill_point_info_request_point_data import (
    BlockSkillPointInfoRequestPointData,
)
from ......models.catalog_milestones_skill_points_block_retrieve_response_200 import (
    CatalogMilestonesSkillPointsBlockRetrieveResponse200,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesSkillPointsBlockResource",
    "CatalogMilestonesSkillPointsBlockResourceWithRawResponse",
    "AsyncCatalogMilestonesSkillPointsBlockResource",
    "AsyncCatalogMilestonesSkillPointsBlockResourceWithRawResponse",
]


class CatalogMilestonesSkillPointsBlockResource:
    """`Client.catalog.milestones.skill_points.block`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesSkillPointsBlockResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesSkillPointsBlockResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesSkillPointsBlockRetrieveResponse200:
        """Retrieve skill point information for a specific block

        Args:
            block_id (str, query)
            get_obj (bool | Unset, query)

        Returns:
            CatalogMilestonesSkillPointsBlockRetrieveResponse200
        """
        return self._client._send(
            _catalog_milestones_skill_points_block_retrieve.OPERATION,
            _catalog_milestones_skill_points_block_retrieve.build_request(
                block_id=block_id, get_obj=get_obj
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
        body: BlockSkillPointInfoRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
        body_block_id: str,
        point_data: BlockSkillPointInfoRequestPointData,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
        body: BlockSkillPointInfoRequest | Unset = UNSET,
        body_block_id: str | Unset = UNSET,
        point_data: BlockSkillPointInfoRequestPointData | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update skill point information for a specific block

        Args:
            block_id (str, query)
            get_obj (bool | Unset, query)
            body (BlockSkillPointInfoRequest, request body): Request serializer for
                BlockSkillPointInfoView POST endpoint. Validates request body for updating block
                skill point information.
            Or the body's fields as keywords instead of body=: body_block_id, point_data,
                overwrite

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.block.create",
            body,
            BlockSkillPointInfoRequest,
            ["body_block_id", "point_data"],
            (
                ("body_block_id", "block_id", body_block_id),
                ("point_data", "point_data", point_data),
                ("overwrite", "overwrite", overwrite),
            ),
        )
        return self._client._send(
            _catalog_milestones_skill_points_block_create.OPERATION,
            _catalog_milestones_skill_points_block_create.build_request(
                block_id=block_id, get_obj=get_obj, body=body
            ),
            options,
        )


class CatalogMilestonesSkillPointsBlockResourceWithRawResponse:
    """`Client.catalog.milestones.skill_points.block`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesSkillPointsBlockResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogMilestonesSkillPointsBlockResource:
    """`AsyncClient.catalog.milestones.skill_points.block`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesSkillPointsBlockResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesSkillPointsBlockResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesSkillPointsBlockRetrieveResponse200:
        """Retrieve skill point information for a specific block

        Args:
            block_id (str, query)
            get_obj (bool | Unset, query)

        Returns:
            CatalogMilestonesSkillPointsBlockRetrieveResponse200
        """
        return await self._client._send(
            _catalog_milestones_skill_points_block_retrieve.OPERATION,
            _catalog_milestones_skill_points_block_retrieve.build_request(
                block_id=block_id, get_obj=get_obj
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
        body: BlockSkillPointInfoRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
        body_block_id: str,
        point_data: BlockSkillPointInfoRequestPointData,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        block_id: str,
        get_obj: bool | Unset = UNSET,
        body: BlockSkillPointInfoRequest | Unset = UNSET,
        body_block_id: str | Unset = UNSET,
        point_data: BlockSkillPointInfoRequestPointData | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update skill point information for a specific block

        Args:
            block_id (str, query)
            get_obj (bool | Unset, query)
            body (BlockSkillPointInfoRequest, request body): Request serializer for
                BlockSkillPointInfoView POST endpoint. Validates request body for updating block
                skill point information.
            Or the body's fields as keywords instead of body=: body_block_id, point_data,
                overwrite

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.block.create",
            body,
            BlockSkillPointInfoRequest,
            ["body_block_id", "point_data"],
            (
                ("body_block_id", "block_id", body_block_id),
                ("point_data", "point_data", point_data),
                ("overwrite", "overwrite", overwrite),
            ),
        )
        return await self._client._send(
            _catalog_milestones_skill_points_block_create.OPERATION,
            _catalog_milestones_skill_points_block_create.build_request(
                block_id=block_id, get_obj=get_obj, body=body
            ),
            options,
        )


class AsyncCatalogMilestonesSkillPointsBlockResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.skill_points.block`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesSkillPointsBlockResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
