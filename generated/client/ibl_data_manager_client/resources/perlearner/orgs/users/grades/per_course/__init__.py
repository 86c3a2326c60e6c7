"""`Client.perlearner.orgs.users.grades.per_course`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    perlearner_orgs_users_grades_per_course_retrieve as _perlearner_orgs_users_grades_per_course_retrieve,
)
from .......models.perlearner_grading_per_course_api import PerlearnerGradingPerCourseAPI
from .......models.perlearner_orgs_users_grades_per_course_retrieve_format import (
    PerlearnerOrgsUsersGradesPerCourseRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersGradesPerCourseResource",
    "PerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersGradesPerCourseResource",
    "AsyncPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse",
]


class PerlearnerOrgsUsersGradesPerCourseResource:
    """`Client.perlearner.orgs.users.grades.per_course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerGradingPerCourseAPI:
        """Summary Grading Information for a learner on a per-enrollment basis  Query Params 1.
        user_id e.g developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerlearnerGradingPerCourseAPI
        """
        return self._client._send(
            _perlearner_orgs_users_grades_per_course_retrieve.OPERATION,
            _perlearner_orgs_users_grades_per_course_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
    """`Client.perlearner.orgs.users.grades.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersGradesPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersGradesPerCourseResource:
    """`AsyncClient.perlearner.orgs.users.grades.per_course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerGradingPerCourseAPI:
        """Summary Grading Information for a learner on a per-enrollment basis  Query Params 1.
        user_id e.g developer@ibleducation.com or dev123 (username|email)

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerlearnerGradingPerCourseAPI
        """
        return await self._client._send(
            _perlearner_orgs_users_grades_per_course_retrieve.OPERATION,
            _perlearner_orgs_users_grades_per_course_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.grades.per_course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersGradesPerCourseResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
