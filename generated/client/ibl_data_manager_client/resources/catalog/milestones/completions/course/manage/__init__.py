"""`Client.catalog.milestones.completions.course.manage`: 2 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_completions_course_manage_create as _catalog_milestones_completions_course_manage_create,
)
from .......api.catalog import (
    catalog_milestones_completions_course_manage_retrieve as _catalog_milestones_completions_course_manage_retrieve,
)
from .......models.catalog_milestones_completions_course_manage_create_response_200 import (
    CatalogMilestonesCompletionsCourseManageCreateResponse200,
)
from .......models.catalog_milestones_completions_course_manage_create_response_201 import (
    CatalogMilestonesCompletionsCourseManageCreateResponse201,
)
from .......models.catalog_milestones_completions_course_manage_retrieve_response_200 import (
    CatalogMilestonesCompletionsCourseManageRetrieveResponse200,
)
from .......models.course_completion import CourseCompletion
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesCompletionsCourseManageResource",
    "CatalogMilestonesCompletionsCourseManageResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsCourseManageResource",
    "AsyncCatalogMilestonesCompletionsCourseManageResourceWithRawResponse",
]


class CatalogMilestonesCompletionsCourseManageResource:
    """`Client.catalog.milestones.completions.course.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsCourseManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsCourseManageResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesCompletionsCourseManageRetrieveResponse200:
        """Retrieve completion information for a specific user and course

        Args:
            course_id (str, query)
            user_id (int, query)

        Returns:
            CatalogMilestonesCompletionsCourseManageRetrieveResponse200
        """
        return self._client._send(
            _catalog_milestones_completions_course_manage_retrieve.OPERATION,
            _catalog_milestones_completions_course_manage_retrieve.build_request(
                course_id=course_id, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        course_id: str,
        user_id: int,
        body: CourseCompletion,
        **options: Unpack[RequestOptions],
    ) -> (
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ): ...

    @overload
    def create(
        self,
        *,
        course_id: str,
        user_id: int,
        completed: bool,
        completion_percentage: float | None | Unset = UNSET,
        passed: bool | None | Unset = UNSET,
        passed_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> (
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ): ...

    def create(
        self,
        *,
        course_id: str,
        user_id: int,
        body: CourseCompletion | Unset = UNSET,
        completed: bool | Unset = UNSET,
        completion_percentage: float | None | Unset = UNSET,
        passed: bool | None | Unset = UNSET,
        passed_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> (
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ):
        """Create or update completion information for a specific user and course

        Args:
            course_id (str, query)
            user_id (int, query)
            body (CourseCompletion, request body)
            Or the body's fields as keywords instead of body=: completed, completion_percentage,
                passed, passed_date

        Returns:
            CatalogMilestonesCompletionsCourseManageCreateResponse200 | CatalogMilestonesCompletionsCourseManageCreateResponse201
        """
        body = body_from_fields(
            "catalog.milestones.completions.course.manage.create",
            body,
            CourseCompletion,
            ["completed"],
            (
                ("completed", "completed", completed),
                ("completion_percentage", "completion_percentage", completion_percentage),
                ("passed", "passed", passed),
                ("passed_date", "passed_date", passed_date),
            ),
        )
        return self._client._send(
            _catalog_milestones_completions_course_manage_create.OPERATION,
            _catalog_milestones_completions_course_manage_create.build_request(
                course_id=course_id, user_id=user_id, body=body
            ),
            options,
        )


class CatalogMilestonesCompletionsCourseManageResourceWithRawResponse:
    """`Client.catalog.milestones.completions.course.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsCourseManageResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogMilestonesCompletionsCourseManageResource:
    """`AsyncClient.catalog.milestones.completions.course.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogMilestonesCompletionsCourseManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsCourseManageResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesCompletionsCourseManageRetrieveResponse200:
        """Retrieve completion information for a specific user and course

        Args:
            course_id (str, query)
            user_id (int, query)

        Returns:
            CatalogMilestonesCompletionsCourseManageRetrieveResponse200
        """
        return await self._client._send(
            _catalog_milestones_completions_course_manage_retrieve.OPERATION,
            _catalog_milestones_completions_course_manage_retrieve.build_request(
                course_id=course_id, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        course_id: str,
        user_id: int,
        body: CourseCompletion,
        **options: Unpack[RequestOptions],
    ) -> (
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ): ...

    @overload
    async def create(
        self,
        *,
        course_id: str,
        user_id: int,
        completed: bool,
        completion_percentage: float | None | Unset = UNSET,
        passed: bool | None | Unset = UNSET,
        passed_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> (
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ): ...

    async def create(
        self,
        *,
        course_id: str,
        user_id: int,
        body: CourseCompletion | Unset = UNSET,
        completed: bool | Unset = UNSET,
        completion_percentage: float | None | Unset = UNSET,
        passed: bool | None | Unset = UNSET,
        passed_date: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> (
        CatalogMilestonesCompletionsCourseManageCreateResponse200
        | CatalogMilestonesCompletionsCourseManageCreateResponse201
    ):
        """Create or update completion information for a specific user and course

        Args:
            course_id (str, query)
            user_id (int, query)
            body (CourseCompletion, request body)
            Or the body's fields as keywords instead of body=: completed, completion_percentage,
                passed, passed_date

        Returns:
            CatalogMilestonesCompletionsCourseManageCreateResponse200 | CatalogMilestonesCompletionsCourseManageCreateResponse201
        """
        body = body_from_fields(
            "catalog.milestones.completions.course.manage.create",
            body,
            CourseCompletion,
            ["completed"],
            (
                ("completed", "completed", completed),
                ("completion_percentage", "completion_percentage", completion_percentage),
                ("passed", "passed", passed),
                ("passed_date", "passed_date", passed_date),
            ),
        )
        return await self._client._send(
            _catalog_milestones_completions_course_manage_create.OPERATION,
            _catalog_milestones_completions_course_manage_create.build_request(
                course_id=course_id, user_id=user_id, body=body
            ),
            options,
        )


class AsyncCatalogMilestonesCompletionsCourseManageResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.course.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsCourseManageResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
