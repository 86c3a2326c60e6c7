"""`Client.catalog.milestones.skill_points`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .block import (
        AsyncCatalogMilestonesSkillPointsBlockResource,
        AsyncCatalogMilestonesSkillPointsBlockResourceWithRawResponse,
        CatalogMilestonesSkillPointsBlockResource,
        CatalogMilestonesSkillPointsBlockResourceWithRawResponse,
    )
    from .course import (
        AsyncCatalogMilestonesSkillPointsCourseResource,
        AsyncCatalogMilestonesSkillPointsCourseResourceWithRawResponse,
        CatalogMilestonesSkillPointsCourseResource,
        CatalogMilestonesSkillPointsCourseResourceWithRawResponse,
    )
    from .platform import (
        AsyncCatalogMilestonesSkillPointsPlatformResource,
        AsyncCatalogMilestonesSkillPointsPlatformResourceWithRawResponse,
        CatalogMilestonesSkillPointsPlatformResource,
        CatalogMilestonesSkillPointsPlatformResourceWithRawResponse,
    )
    from .user import (
        AsyncCatalogMilestonesSkillPointsUserResource,
        AsyncCatalogMilestonesSkillPointsUserResourceWithRawResponse,
        CatalogMilestonesSkillPointsUserResource,
        CatalogMilestonesSkillPointsUserResourceWithRawResponse,
    )

__all__ = [
    "CatalogMilestonesSkillPointsResource",
    "CatalogMilestonesSkillPointsResourceWithRawResponse",
    "AsyncCatalogMilestonesSkillPointsResource",
    "AsyncCatalogMilestonesSkillPointsResourceWithRawResponse",
]


class CatalogMilestonesSkillPointsResource:
    """`Client.catalog.milestones.skill_points`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesSkillPointsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesSkillPointsResourceWithRawResponse(self)

    @cached_property
    def block(self) -> CatalogMilestonesSkillPointsBlockResource:
        from .block import CatalogMilestonesSkillPointsBlockResource

        return CatalogMilestonesSkillPointsBlockResource(self._client)

    @cached_property
    def course(self) -> CatalogMilestonesSkillPointsCourseResource:
        from .course import CatalogMilestonesSkillPointsCourseResource

        return CatalogMilestonesSkillPointsCourseResource(self._client)

    @cached_property
    def platform(self) -> CatalogMilestonesSkillPointsPlatformResource:
        from .platform import CatalogMilestonesSkillPointsPlatformResource

        return CatalogMilestonesSkillPointsPlatformResource(self._client)

    @cached_property
    def user(self) -> CatalogMilestonesSkillPointsUserResource:
        from .user import CatalogMilestonesSkillPointsUserResource

        return CatalogMilestonesSkillPointsUserResource(self._client)


class CatalogMilestonesSkillPointsResourceWithRawResponse:
    """`Client.catalog.milestones.skill_points`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesSkillPointsResource) -> None:
        self._resource = resource

    @cached_property
    def block(self) -> CatalogMilestonesSkillPointsBlockResourceWithRawResponse:
        from .block import CatalogMilestonesSkillPointsBlockResourceWithRawResponse

        return CatalogMilestonesSkillPointsBlockResourceWithRawResponse(self._resource.block)

    @cached_property
    def course(self) -> CatalogMilestonesSkillPointsCourseResourceWithRawResponse:
        from .course import CatalogMilestonesSkillPointsCourseResourceWithRawResponse

        return CatalogMilestonesSkillPointsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def platform(self) -> CatalogMilestonesSkillPointsPlatformResourceWithRawResponse:
        from .platform import CatalogMilestonesSkillPointsPlatformResourceWithRawResponse

        return CatalogMilestonesSkillPointsPlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def user(self) -> CatalogMilestonesSkillPointsUserResourceWithRawResponse:
        from .user import CatalogMilestonesSkillPointsUserResourceWithRawResponse

        return CatalogMilestonesSkillPointsUserResourceWithRawResponse(self._resource.user)


class AsyncCatalogMilestonesSkillPointsResource:
    """`AsyncClient.catalog.milestones.skill_points`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogMilestonesSkillPointsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesSkillPointsResourceWithRawResponse(self)

    @cached_property
    def block(self) -> AsyncCatalogMilestonesSkillPointsBlockResource:
        from .block import AsyncCatalogMilestonesSkillPointsBlockResource

        return AsyncCatalogMilestonesSkillPointsBlockResource(self._client)

    @cached_property
    def course(self) -> AsyncCatalogMilestonesSkillPointsCourseResource:
        from .course import AsyncCatalogMilestonesSkillPointsCourseResource

        return AsyncCatalogMilestonesSkillPointsCourseResource(self._client)

    @cached_property
    def platform(self) -> AsyncCatalogMilestonesSkillPointsPlatformResource:
        from .platform import AsyncCatalogMilestonesSkillPointsPlatformResource

        return AsyncCatalogMilestonesSkillPointsPlatformResource(self._client)

    @cached_property
    def user(self) -> AsyncCatalogMilestonesSkillPointsUserResource:
        from .user import AsyncCatalogMilestonesSkillPointsUserResource

        return AsyncCatalogMilestonesSkillPointsUserResource(self._client)


class AsyncCatalogMilestonesSkillPointsResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.skill_points`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesSkillPointsResource) -> None:
        self._resource = resource

    @cached_property
    def block(self) -> AsyncCatalogMilestonesSkillPointsBlockResourceWithRawResponse:
        from .block import AsyncCatalogMilestonesSkillPointsBlockResourceWithRawResponse

        return AsyncCatalogMilestonesSkillPointsBlockResourceWithRawResponse(self._resource.block)

    @cached_property
    def course(self) -> AsyncCatalogMilestonesSkillPointsCourseResourceWithRawResponse:
        from .course import AsyncCatalogMilestonesSkillPointsCourseResourceWithRawResponse

        return AsyncCatalogMilestonesSkillPointsCourseResourceWithRawResponse(self._resource.course)

    @cached_property
    def platform(self) -> AsyncCatalogMilestonesSkillPointsPlatformResourceWithRawResponse:
        from .platform import AsyncCatalogMilestonesSkillPointsPlatformResourceWithRawResponse

        return AsyncCatalogMilestonesSkillPointsPlatformResourceWithRawResponse(
            self._resource.platform
        )

    @cached_property
    def user(self) -> AsyncCatalogMilestonesSkillPointsUserResourceWithRawResponse:
        from .user import AsyncCatalogMilestonesSkillPointsUserResourceWithRawResponse

        return AsyncCatalogMilestonesSkillPointsUserResourceWithRawResponse(self._resource.user)
