"""`Client.perlearner.orgs.users.grades`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .per_course import (
        AsyncPerlearnerOrgsUsersGradesPerCourseResource,
        AsyncPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse,
        PerlearnerOrgsUsersGradesPerCourseResource,
        PerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersGradesResource",
    "PerlearnerOrgsUsersGradesResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersGradesResource",
    "AsyncPerlearnerOrgsUsersGradesResourceWithRawResponse",
]


class PerlearnerOrgsUsersGradesResource:
    """`Client.perlearner.orgs.users.grades`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersGradesResourceWithRawResponse(self)

    @cached_property
    def per_course(self) -> PerlearnerOrgsUsersGradesPerCourseResource:
        from .per_course import PerlearnerOrgsUsersGradesPerCourseResource

        return PerlearnerOrgsUsersGradesPerCourseResource(self._client)


class PerlearnerOrgsUsersGradesResourceWithRawResponse:
    """`Client.perlearner.orgs.users.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersGradesResource) -> None:
        self._resource = resource

    @cached_property
    def per_course(self) -> PerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
        from .per_course import PerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse

        return PerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse(self._resource.per_course)


class AsyncPerlearnerOrgsUsersGradesResource:
    """`AsyncClient.perlearner.orgs.users.grades`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersGradesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersGradesResourceWithRawResponse(self)

    @cached_property
    def per_course(self) -> AsyncPerlearnerOrgsUsersGradesPerCourseResource:
        from .per_course import AsyncPerlearnerOrgsUsersGradesPerCourseResource

        return AsyncPerlearnerOrgsUsersGradesPerCourseResource(self._client)


class AsyncPerlearnerOrgsUsersGradesResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.grades`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersGradesResource) -> None:
        self._resource = resource

    @cached_property
    def per_course(self) -> AsyncPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse:
        from .per_course import AsyncPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersGradesPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
