"""`Client.catalog.milestones.skill_points.user`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_milestones_skill_points_user_retrieve as _catalog_milestones_skill_points_user_retrieve,
)
from ......models.catalog_milestones_skill_points_user_retrieve_response_200 import (
    CatalogMilestonesSkillPointsUserRetrieveResponse200,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesSkillPointsUserResource",
    "CatalogMilestonesSkillPointsUserResourceWithRawResponse",
    "AsyncCatalogMilestonesSkillPointsUserResource",
    "AsyncCatalogMilestonesSkillPointsUserResourceWithRawResponse",
]


class CatalogMilestonesSkillPointsUserResource:
    """`Client.catalog.milestones.skill_points.user`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesSkillPointsUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesSkillPointsUserResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesSkillPointsUserRetrieveResponse200:
        """Retrieve skill point information for a specific user

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            CatalogMilestonesSkillPointsUserRetrieveResponse200
        """
        return self._client._send(
            _catalog_milestones_skill_points_user_retrieve.OPERATION,
            _catalog_milestones_skill_points_user_retrieve.build_request(
                user_id=user_id, username=username
            ),
            options,
        )


class CatalogMilestonesSkillPointsUserResourceWithRawResponse:
    """`Client.catalog.milestones.skill_points.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesSkillPointsUserResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogMilestonesSkillPointsUserResource:
    """`AsyncClient.catalog.milestones.skill_points.user`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesSkillPointsUserResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesSkillPointsUserResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesSkillPointsUserRetrieveResponse200:
        """Retrieve skill point information for a specific user

        Args:
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            CatalogMilestonesSkillPointsUserRetrieveResponse200
        """
        return await self._client._send(
            _catalog_milestones_skill_points_user_retrieve.OPERATION,
            _catalog_milestones_skill_points_user_retrieve.build_request(
                user_id=user_id, username=username
            ),
            options,
        )


class AsyncCatalogMilestonesSkillPointsUserResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.skill_points.user`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesSkillPointsUserResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
