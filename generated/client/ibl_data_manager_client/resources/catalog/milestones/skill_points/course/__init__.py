"""`Client.catalog.milestones.skill_points.course`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_milestones_skill_points_course_create as _catalog_milestones_skill_points_course_create,
)
from ......api.catalog import (
    catalog_milestones_skill_points_course_retrieve as _catalog_milestones_skill_points_course_retrieve,
)
from ......models.catalog_milestones_skill_points_course_retrieve_response_200 import (
    CatalogMilestonesSkillPointsCourseRetrieveResponse200,
)
from ......models.course_skill_point_info_request import CourseSkillPointInfoRequest
from ......models.course_skill_point_info_request_point_data import (
    CourseSkillPointInfoRequestPointData,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesSkillPointsCourseResource",
    "CatalogMilestonesSkillPointsCourseResourceWithRawResponse",
    "AsyncCatalogMilestonesSkillPointsCourseResource",
    "AsyncCatalogMilestonesSkillPointsCourseResourceWithRawResponse",
]


class CatalogMilestonesSkillPointsCourseResource:
    """`Client.catalog.milestones.skill_points.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesSkillPointsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesSkillPointsCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesSkillPointsCourseRetrieveResponse200:
        """Retrieve skill point information for a specific course

        Args:
            course_id (str, query)
            get_obj (bool | Unset, query)

        Returns:
            CatalogMilestonesSkillPointsCourseRetrieveResponse200
        """
        return self._client._send(
            _catalog_milestones_skill_points_course_retrieve.OPERATION,
            _catalog_milestones_skill_points_course_retrieve.build_request(
                course_id=course_id, get_obj=get_obj
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
        body: CourseSkillPointInfoRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
        body_course_id: str,
        point_data: CourseSkillPointInfoRequestPointData,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
        body: CourseSkillPointInfoRequest | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        point_data: CourseSkillPointInfoRequestPointData | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update skill point information for a specific course

        Args:
            course_id (str, query)
            get_obj (bool | Unset, query)
            body (CourseSkillPointInfoRequest, request body): Request serializer for
                CourseSkillPointInfoView POST endpoint. Validates request body for updating
                course skill point information.
            Or the body's fields as keywords instead of body=: body_course_id, point_data,
                overwrite

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.course.create",
            body,
            CourseSkillPointInfoRequest,
            ["body_course_id", "point_data"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("point_data", "point_data", point_data),
                ("overwrite", "overwrite", overwrite),
            ),
        )
        return self._client._send(
            _catalog_milestones_skill_points_course_create.OPERATION,
            _catalog_milestones_skill_points_course_create.build_request(
                course_id=course_id, get_obj=get_obj, body=body
            ),
            options,
        )


class CatalogMilestonesSkillPointsCourseResourceWithRawResponse:
    """`Client.catalog.milestones.skill_points.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesSkillPointsCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogMilestonesSkillPointsCourseResource:
    """`AsyncClient.catalog.milestones.skill_points.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesSkillPointsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesSkillPointsCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesSkillPointsCourseRetrieveResponse200:
        """Retrieve skill point information for a specific course

        Args:
            course_id (str, query)
            get_obj (bool | Unset, query)

        Returns:
            CatalogMilestonesSkillPointsCourseRetrieveResponse200
        """
        return await self._client._send(
            _catalog_milestones_skill_points_course_retrieve.OPERATION,
            _catalog_milestones_skill_points_course_retrieve.build_request(
                course_id=course_id, get_obj=get_obj
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
        body: CourseSkillPointInfoRequest,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
        body_course_id: str,
        point_data: CourseSkillPointInfoRequestPointData,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        course_id: str,
        get_obj: bool | Unset = UNSET,
        body: CourseSkillPointInfoRequest | Unset = UNSET,
        body_course_id: str | Unset = UNSET,
        point_data: CourseSkillPointInfoRequestPointData | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update skill point information for a specific course

        Args:
            course_id (str, query)
            get_obj (bool | Unset, query)
            body (CourseSkillPointInfoRequest, request body): Request serializer for
                CourseSkillPointInfoView POST endpoint. Validates request body for updating
                course skill point information.
            Or the body's fields as keywords instead of body=: body_course_id, point_data,
                overwrite

        Returns:
            None
        """
        body = body_from_fields(
            "catalog.milestones.skill_points.course.create",
            body,
            CourseSkillPointInfoRequest,
            ["body_course_id", "point_data"],
            (
                ("body_course_id", "course_id", body_course_id),
                ("point_data", "point_data", point_data),
                ("overwrite", "overwrite", overwrite),
            ),
        )
        return await self._client._send(
            _catalog_milestones_skill_points_course_create.OPERATION,
            _catalog_milestones_skill_points_course_create.build_request(
                course_id=course_id, get_obj=get_obj, body=body
            ),
            options,
        )


class AsyncCatalogMilestonesSkillPointsCourseResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.skill_points.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesSkillPointsCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
