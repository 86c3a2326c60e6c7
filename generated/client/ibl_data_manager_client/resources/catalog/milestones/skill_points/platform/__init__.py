"""`Client.catalog.milestones.skill_points.platform`: 3 operations and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_milestones_skill_points_platform_create as _catalog_milestones_skill_points_platform_create,
)
from ......api.catalog import (
    catalog_milestones_skill_points_platform_destroy as _catalog_milestones_skill_points_platform_destroy,
)
from ......api.catalog import (
    catalog_milestones_skill_points_platform_retrieve as _catalog_milestones_skill_points_platform_retrieve,
)
from ......models.platform_skill_point_request import PlatformSkillPointRequest
from ......models.platform_skill_point_request_point_data import PlatformSkillPointRequestPointData
from ......models.platform_skill_point_response import PlatformSkillPointResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .bulk import (
        AsyncCatalogMilestonesSkillPointsPlatformBulkResource,
        AsyncCatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse,
        CatalogMilestonesSkillPointsPlatformBulkResource,
        CatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse,
    )
    from .group import (
        AsyncCatalogMilestonesSkillPointsPlatformGroupResource,
        AsyncCatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse,
        CatalogMilestonesSkillPointsPlatformGroupResource,
        CatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse,
    )

__all__ = [
    "CatalogMilestonesSkillPointsPlatformResource",
    "CatalogMilestonesSkillPointsPlatformResourceWithRawResponse",
    "AsyncCatalogMilestonesSkillPointsPlatformResource",
    "AsyncCatalogMilestonesSkillPointsPlatformResourceWithRawResponse",
]


class CatalogMilestonesSkillPointsPlatformResource:
    """`Client.catalog.milestones.skill_points.platform`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesSkillPointsPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesSkillPointsPlatformResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> CatalogMilestonesSkillPointsPlatformBulkResource:
        from .bulk import CatalogMilestonesSkillPointsPlatformBulkResource

        return CatalogMilestonesSkillPointsPlatformBulkResource(self._client)

    @cached_property
    def group(self) -> CatalogMilestonesSkillPointsPlatformGroupResource:
        from .group import CatalogMilestonesSkillPointsPlatformGroupResource

        return CatalogMilestonesSkillPointsPlatformGroupResource(self._client)

    def destroy(
        self,
        *,
        skill_point_id: int,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a platform skill point entry

        Args:
            skill_point_id (int, query)
            department_mode (bool | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_milestones_skill_points_platform_destroy.OPERATION,
            _catalog_milestones_skill_points_platform_destroy.build_request(
                skill_point_id=skill_point_id,
                department_mode=department_mode,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                sort=sort,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformSkillPointResponse:
        """Retrieve paginated list of platform skill points

        Args:
            department_mode (bool | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PlatformSkillPointResponse
        """
        return self._client._send(
            _catalog_milestones_skill_points_platform_retrieve.OPERATION,
            _catalog_milestones_skill_points_platform_retrieve.build_request(
                department_mode=department_mode,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                sort=sort,
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: PlatformSkillPointRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        username: str,
        body_platform_key: str,
        point_data: PlatformSkillPointRequestPointData,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: PlatformSkillPointRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        point_data: PlatformSkillPointRequestPointData | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update platform skill points for a user

        Args:
            department_mode (bool | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (PlatformSkillPointRequest, request body): Request serializer for
                PlatformSkillPointManagementView POST endpoint.
            Or the body's fields as keywords instead of body=: username, body_platform_key,
                point_data, overwrite

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.platform.create",
            body,
            PlatformSkillPointRequest,
            ["username", "body_platform_key", "point_data"],
            (
                ("username", "username", username),
                ("body_platform_key", "platform_key", body_platform_key),
                ("point_data", "point_data", point_data),
                ("overwrite", "overwrite", overwrite),
            ),
        )
        return self._client._send(
            _catalog_milestones_skill_points_platform_create.OPERATION,
            _catalog_milestones_skill_points_platform_create.build_request(
                department_mode=department_mode,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                sort=sort,
                body=body,
            ),
            options,
        )


class CatalogMilestonesSkillPointsPlatformResourceWithRawResponse:
    """`Client.catalog.milestones.skill_points.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesSkillPointsPlatformResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> CatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse:
        from .bulk import CatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse

        return CatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse(self._resource.bulk)

    @cached_property
    def group(self) -> CatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse:
        from .group import CatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse

        return CatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse(
            self._resource.group
        )


class AsyncCatalogMilestonesSkillPointsPlatformResource:
    """`AsyncClient.catalog.milestones.skill_points.platform`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesSkillPointsPlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesSkillPointsPlatformResourceWithRawResponse(self)

    @cached_property
    def bulk(self) -> AsyncCatalogMilestonesSkillPointsPlatformBulkResource:
        from .bulk import AsyncCatalogMilestonesSkillPointsPlatformBulkResource

        return AsyncCatalogMilestonesSkillPointsPlatformBulkResource(self._client)

    @cached_property
    def group(self) -> AsyncCatalogMilestonesSkillPointsPlatformGroupResource:
        from .group import AsyncCatalogMilestonesSkillPointsPlatformGroupResource

        return AsyncCatalogMilestonesSkillPointsPlatformGroupResource(self._client)

    async def destroy(
        self,
        *,
        skill_point_id: int,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a platform skill point entry

        Args:
            skill_point_id (int, query)
            department_mode (bool | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_milestones_skill_points_platform_destroy.OPERATION,
            _catalog_milestones_skill_points_platform_destroy.build_request(
                skill_point_id=skill_point_id,
                department_mode=department_mode,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                sort=sort,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformSkillPointResponse:
        """Retrieve paginated list of platform skill points

        Args:
            department_mode (bool | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            PlatformSkillPointResponse
        """
        return await self._client._send(
            _catalog_milestones_skill_points_platform_retrieve.OPERATION,
            _catalog_milestones_skill_points_platform_retrieve.build_request(
                department_mode=department_mode,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                sort=sort,
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: PlatformSkillPointRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        username: str,
        body_platform_key: str,
        point_data: PlatformSkillPointRequestPointData,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        department_mode: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        body: PlatformSkillPointRequest | Unset = UNSET,
        username: str | Unset = UNSET,
        body_platform_key: str | Unset = UNSET,
        point_data: PlatformSkillPointRequestPointData | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update platform skill points for a user

        Args:
            department_mode (bool | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            sort (str | Unset, query)
            body (PlatformSkillPointRequest, request body): Request serializer for
                PlatformSkillPointManagementView POST endpoint.
            Or the body's fields as keywords instead of body=: username, body_platform_key,
                point_data, overwrite

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.platform.create",
            body,
            PlatformSkillPointRequest,
            ["username", "body_platform_key", "point_data"],
            (
                ("username", "username", username),
                ("body_platform_key", "platform_key", body_platform_key),
                ("point_data", "point_data", point_data),
                ("overwrite", "overwrite", overwrite),
            ),
        )
        return await self._client._send(
            _catalog_milestones_skill_points_platform_create.OPERATION,
            _catalog_milestones_skill_points_platform_create.build_request(
                department_mode=department_mode,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                sort=sort,
                body=body,
            ),
            options,
        )


class AsyncCatalogMilestonesSkillPointsPlatformResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.skill_points.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesSkillPointsPlatformResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def bulk(self) -> AsyncCatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse:
        from .bulk import AsyncCatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse

        return AsyncCatalogMilestonesSkillPointsPlatformBulkResourceWithRawResponse(
            self._resource.bulk
        )

    @cached_property
    def group(self) -> AsyncCatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse:
        from .group import AsyncCatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse

        return AsyncCatalogMilestonesSkillPointsPlatformGroupResourceWithRawResponse(
            self._resource.group
        )
