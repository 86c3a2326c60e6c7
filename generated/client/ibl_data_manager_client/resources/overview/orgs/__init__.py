"""`Client.overview.orgs`: 6 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .active_users import (
        AsyncOverviewOrgsActiveUsersResource,
        AsyncOverviewOrgsActiveUsersResourceWithRawResponse,
        OverviewOrgsActiveUsersResource,
        OverviewOrgsActiveUsersResourceWithRawResponse,
    )
    from .average_grade import (
        AsyncOverviewOrgsAverageGradeResource,
        AsyncOverviewOrgsAverageGradeResourceWithRawResponse,
        OverviewOrgsAverageGradeResource,
        OverviewOrgsAverageGradeResourceWithRawResponse,
    )
    from .courses import (
        AsyncOverviewOrgsCoursesResource,
        AsyncOverviewOrgsCoursesResourceWithRawResponse,
        OverviewOrgsCoursesResource,
        OverviewOrgsCoursesResourceWithRawResponse,
    )
    from .learners import (
        AsyncOverviewOrgsLearnersResource,
        AsyncOverviewOrgsLearnersResourceWithRawResponse,
        OverviewOrgsLearnersResource,
        OverviewOrgsLearnersResourceWithRawResponse,
    )
    from .most_active_courses import (
        AsyncOverviewOrgsMostActiveCoursesResource,
        AsyncOverviewOrgsMostActiveCoursesResourceWithRawResponse,
        OverviewOrgsMostActiveCoursesResource,
        OverviewOrgsMostActiveCoursesResourceWithRawResponse,
    )
    from .registered_users import (
        AsyncOverviewOrgsRegisteredUsersResource,
        AsyncOverviewOrgsRegisteredUsersResourceWithRawResponse,
        OverviewOrgsRegisteredUsersResource,
        OverviewOrgsRegisteredUsersResourceWithRawResponse,
    )

__all__ = [
    "OverviewOrgsResource",
    "OverviewOrgsResourceWithRawResponse",
    "AsyncOverviewOrgsResource",
    "AsyncOverviewOrgsResourceWithRawResponse",
]


class OverviewOrgsResource:
    """`Client.overview.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OverviewOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OverviewOrgsResourceWithRawResponse(self)

    @cached_property
    def active_users(self) -> OverviewOrgsActiveUsersResource:
        from .active_users import OverviewOrgsActiveUsersResource

        return OverviewOrgsActiveUsersResource(self._client)

    @cached_property
    def average_grade(self) -> OverviewOrgsAverageGradeResource:
        from .average_grade import OverviewOrgsAverageGradeResource

        return OverviewOrgsAverageGradeResource(self._client)

    @cached_property
    def courses(self) -> OverviewOrgsCoursesResource:
        from .courses import OverviewOrgsCoursesResource

        return OverviewOrgsCoursesResource(self._client)

    @cached_property
    def learners(self) -> OverviewOrgsLearnersResource:
        from .learners import OverviewOrgsLearnersResource

        return OverviewOrgsLearnersResource(self._client)

    @cached_property
    def most_active_courses(self) -> OverviewOrgsMostActiveCoursesResource:
        from .most_active_courses import OverviewOrgsMostActiveCoursesResource

        return OverviewOrgsMostActiveCoursesResource(self._client)

    @cached_property
    def registered_users(self) -> OverviewOrgsRegisteredUsersResource:
        from .registered_users import OverviewOrgsRegisteredUsersResource

        return OverviewOrgsRegisteredUsersResource(self._client)


class OverviewOrgsResourceWithRawResponse:
    """`Client.overview.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OverviewOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def active_users(self) -> OverviewOrgsActiveUsersResourceWithRawResponse:
        from .active_users import OverviewOrgsActiveUsersResourceWithRawResponse

        return OverviewOrgsActiveUsersResourceWithRawResponse(self._resource.active_users)

    @cached_property
    def average_grade(self) -> OverviewOrgsAverageGradeResourceWithRawResponse:
        from .average_grade import OverviewOrgsAverageGradeResourceWithRawResponse

        return OverviewOrgsAverageGradeResourceWithRawResponse(self._resource.average_grade)

    @cached_property
    def courses(self) -> OverviewOrgsCoursesResourceWithRawResponse:
        from .courses import OverviewOrgsCoursesResourceWithRawResponse

        return OverviewOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def learners(self) -> OverviewOrgsLearnersResourceWithRawResponse:
        from .learners import OverviewOrgsLearnersResourceWithRawResponse

        return OverviewOrgsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def most_active_courses(self) -> OverviewOrgsMostActiveCoursesResourceWithRawResponse:
        from .most_active_courses import OverviewOrgsMostActiveCoursesResourceWithRawResponse

        return OverviewOrgsMostActiveCoursesResourceWithRawResponse(
            self._resource.most_active_courses
        )

    @cached_property
    def registered_users(self) -> OverviewOrgsRegisteredUsersResourceWithRawResponse:
        from .registered_users import OverviewOrgsRegisteredUsersResourceWithRawResponse

        return OverviewOrgsRegisteredUsersResourceWithRawResponse(self._resource.registered_users)


class AsyncOverviewOrgsResource:
    """`AsyncClient.overview.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOverviewOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOverviewOrgsResourceWithRawResponse(self)

    @cached_property
    def active_users(self) -> AsyncOverviewOrgsActiveUsersResource:
        from .active_users import AsyncOverviewOrgsActiveUsersResource

        return AsyncOverviewOrgsActiveUsersResource(self._client)

    @cached_property
    def average_grade(self) -> AsyncOverviewOrgsAverageGradeResource:
        from .average_grade import AsyncOverviewOrgsAverageGradeResource

        return AsyncOverviewOrgsAverageGradeResource(self._client)

    @cached_property
    def courses(self) -> AsyncOverviewOrgsCoursesResource:
        from .courses import AsyncOverviewOrgsCoursesResource

        return AsyncOverviewOrgsCoursesResource(self._client)

    @cached_property
    def learners(self) -> AsyncOverviewOrgsLearnersResource:
        from .learners import AsyncOverviewOrgsLearnersResource

        return AsyncOverviewOrgsLearnersResource(self._client)

    @cached_property
    def most_active_courses(self) -> AsyncOverviewOrgsMostActiveCoursesResource:
        from .most_active_courses import AsyncOverviewOrgsMostActiveCoursesResource

        return AsyncOverviewOrgsMostActiveCoursesResource(self._client)

    @cached_property
    def registered_users(self) -> AsyncOverviewOrgsRegisteredUsersResource:
        from .registered_users import AsyncOverviewOrgsRegisteredUsersResource

        return AsyncOverviewOrgsRegisteredUsersResource(self._client)


class AsyncOverviewOrgsResourceWithRawResponse:
    """`AsyncClient.overview.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOverviewOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def active_users(self) -> AsyncOverviewOrgsActiveUsersResourceWithRawResponse:
        from .active_users import AsyncOverviewOrgsActiveUsersResourceWithRawResponse

        return AsyncOverviewOrgsActiveUsersResourceWithRawResponse(self._resource.active_users)

    @cached_property
    def average_grade(self) -> AsyncOverviewOrgsAverageGradeResourceWithRawResponse:
        from .average_grade import AsyncOverviewOrgsAverageGradeResourceWithRawResponse

        return AsyncOverviewOrgsAverageGradeResourceWithRawResponse(self._resource.average_grade)

    @cached_property
    def courses(self) -> AsyncOverviewOrgsCoursesResourceWithRawResponse:
        from .courses import AsyncOverviewOrgsCoursesResourceWithRawResponse

        return AsyncOverviewOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def learners(self) -> AsyncOverviewOrgsLearnersResourceWithRawResponse:
        from .learners import AsyncOverviewOrgsLearnersResourceWithRawResponse

        return AsyncOverviewOrgsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def most_active_courses(self) -> AsyncOverviewOrgsMostActiveCoursesResourceWithRawResponse:
        from .most_active_courses import AsyncOverviewOrgsMostActiveCoursesResourceWithRawResponse

        return AsyncOverviewOrgsMostActiveCoursesResourceWithRawResponse(
            self._resource.most_active_courses
        )

    @cached_property
    def registered_users(self) -> AsyncOverviewOrgsRegisteredUsersResourceWithRawResponse:
        from .registered_users import AsyncOverviewOrgsRegisteredUsersResourceWithRawResponse

        return AsyncOverviewOrgsRegisteredUsersResourceWithRawResponse(
            self._resource.registered_users
        )
