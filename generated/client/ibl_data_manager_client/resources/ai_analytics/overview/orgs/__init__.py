"""`Client.ai_analytics.overview.orgs`: 6 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .active_users import (
        AiAnalyticsOverviewOrgsActiveUsersResource,
        AiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse,
        AsyncAiAnalyticsOverviewOrgsActiveUsersResource,
        AsyncAiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse,
    )
    from .average_grade import (
        AiAnalyticsOverviewOrgsAverageGradeResource,
        AiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse,
        AsyncAiAnalyticsOverviewOrgsAverageGradeResource,
        AsyncAiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse,
    )
    from .courses import (
        AiAnalyticsOverviewOrgsCoursesResource,
        AiAnalyticsOverviewOrgsCoursesResourceWithRawResponse,
        AsyncAiAnalyticsOverviewOrgsCoursesResource,
        AsyncAiAnalyticsOverviewOrgsCoursesResourceWithRawResponse,
    )
    from .learners import (
        AiAnalyticsOverviewOrgsLearnersResource,
        AiAnalyticsOverviewOrgsLearnersResourceWithRawResponse,
        AsyncAiAnalyticsOverviewOrgsLearnersResource,
        AsyncAiAnalyticsOverviewOrgsLearnersResourceWithRawResponse,
    )
    from .most_active_courses import (
        AiAnalyticsOverviewOrgsMostActiveCoursesResource,
        AiAnalyticsOverviewOrgsMostActiveCoursesResourceWithRawResponse,
        AsyncAiAnalyticsOverviewOrgsMostActiveCoursesResource,
        AsyncAiAnalyticsOverviewOrgsMostActiveCoursesResourceWithRawResponse,
    )
    from .registered_users import (
        AiAnalyticsOverviewOrgsRegisteredUsersResource,
        AiAnalyticsOverviewOrgsRegisteredUsersResourceWithRawResponse,
        AsyncAiAnalyticsOverviewOrgsRegisteredUsersResource,
        AsyncAiAnalyticsOverviewOrgsRegisteredUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsOverviewOrgsResource",
    "AiAnalyticsOverviewOrgsResourceWithRawResponse",
    "AsyncAiAnalyticsOverviewOrgsResource",
    "AsyncAiAnalyticsOverviewOrgsResourceWithRawResponse",
]


class AiAnalyticsOverviewOrgsResource:
    """`Client.ai_analytics.overview.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOverviewOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOverviewOrgsResourceWithRawResponse(self)

    @cached_property
    def active_users(self) -> AiAnalyticsOverviewOrgsActiveUsersResource:
        from .active_users import AiAnalyticsOverviewOrgsActiveUsersResource

        return AiAnalyticsOverviewOrgsActiveUsersResource(self._client)

    @cached_property
    def average_grade(self) -> AiAnalyticsOverviewOrgsAverageGradeResource:
        from .average_grade import AiAnalyticsOverviewOrgsAverageGradeResource

        return AiAnalyticsOverviewOrgsAverageGradeResource(self._client)

    @cached_property
    def courses(self) -> AiAnalyticsOverviewOrgsCoursesResource:
        from .courses import AiAnalyticsOverviewOrgsCoursesResource

        return AiAnalyticsOverviewOrgsCoursesResource(self._client)

    @cached_property
    def learners(self) -> AiAnalyticsOverviewOrgsLearnersResource:
        from .learners import AiAnalyticsOverviewOrgsLearnersResource

        return AiAnalyticsOverviewOrgsLearnersResource(self._client)

    @cached_property
    def most_active_courses(self) -> AiAnalyticsOverviewOrgsMostActiveCoursesResource:
        from .most_active_courses import AiAnalyticsOverviewOrgsMostActiveCoursesResource

        return AiAnalyticsOverviewOrgsMostActiveCoursesResource(self._client)

    @cached_property
    def registered_users(self) -> AiAnalyticsOverviewOrgsRegisteredUsersResource:
        from .registered_users import AiAnalyticsOverviewOrgsRegisteredUsersResource

        return AiAnalyticsOverviewOrgsRegisteredUsersResource(self._client)


class AiAnalyticsOverviewOrgsResourceWithRawResponse:
    """`Client.ai_analytics.overview.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOverviewOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def active_users(self) -> AiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse:
        from .active_users import AiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse

        return AiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse(
            self._resource.active_users
        )

    @cached_property
    def average_grade(self) -> AiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse:
        from .average_grade import AiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse

        return AiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse(
            self._resource.average_grade
        )

    @cached_property
    def courses(self) -> AiAnalyticsOverviewOrgsCoursesResourceWithRawResponse:
        from .courses import AiAnalyticsOverviewOrgsCoursesResourceWithRawResponse

        return AiAnalyticsOverviewOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def learners(self) -> AiAnalyticsOverviewOrgsLearnersResourceWithRawResponse:
        from .learners import AiAnalyticsOverviewOrgsLearnersResourceWithRawResponse

        return AiAnalyticsOverviewOrgsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def most_active_courses(
        self,
    ) -> AiAnalyticsOverviewOrgsMostActiveCoursesResourceWithRawResponse:
        from .most_active_courses import (
            AiAnalyticsOverviewOrgsMostActiveCoursesResourceWithRawResponse,
        )

        return AiAnalyticsOverviewOrgsMostActiveCoursesResourceWithRawResponse(
            self._resource.most_active_courses
        )

    @cached_property
    def registered_users(self) -> AiAnalyticsOverviewOrgsRegisteredUsersResourceWithRawResponse:
        from .registered_users import AiAnalyticsOverviewOrgsRegisteredUsersResourceWithRawResponse

        return AiAnalyticsOverviewOrgsRegisteredUsersResourceWithRawResponse(
            self._resource.registered_users
        )


class AsyncAiAnalyticsOverviewOrgsResource:
    """`AsyncClient.ai_analytics.overview.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOverviewOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOverviewOrgsResourceWithRawResponse(self)

    @cached_property
    def active_users(self) -> AsyncAiAnalyticsOverviewOrgsActiveUsersResource:
        from .active_users import AsyncAiAnalyticsOverviewOrgsActiveUsersResource

        return AsyncAiAnalyticsOverviewOrgsActiveUsersResource(self._client)

    @cached_property
    def average_grade(self) -> AsyncAiAnalyticsOverviewOrgsAverageGradeResource:
        from .average_grade import AsyncAiAnalyticsOverviewOrgsAverageGradeResource

        return AsyncAiAnalyticsOverviewOrgsAverageGradeResource(self._client)

    @cached_property
    def courses(self) -> AsyncAiAnalyticsOverviewOrgsCoursesResource:
        from .courses import AsyncAiAnalyticsOverviewOrgsCoursesResource

        return AsyncAiAnalyticsOverviewOrgsCoursesResource(self._client)

    @cached_property
    def learners(self) -> AsyncAiAnalyticsOverviewOrgsLearnersResource:
        from .learners import AsyncAiAnalyticsOverviewOrgsLearnersResource

        return AsyncAiAnalyticsOverviewOrgsLearnersResource(self._client)

    @cached_property
    def most_active_courses(self) -> AsyncAiAnalyticsOverviewOrgsMostActiveCoursesResource:
        from .most_active_courses import AsyncAiAnalyticsOverviewOrgsMostActiveCoursesResource

        return AsyncAiAnalyticsOverviewOrgsMostActiveCoursesResource(self._client)

    @cached_property
    def registered_users(self) -> AsyncAiAnalyticsOverviewOrgsRegisteredUsersResource:
        from .registered_users import AsyncAiAnalyticsOverviewOrgsRegisteredUsersResource

        return AsyncAiAnalyticsOverviewOrgsRegisteredUsersResource(self._client)


class AsyncAiAnalyticsOverviewOrgsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.overview.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOverviewOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def active_users(self) -> AsyncAiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse:
        from .active_users import AsyncAiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse

        return AsyncAiAnalyticsOverviewOrgsActiveUsersResourceWithRawResponse(
            self._resource.active_users
        )

    @cached_property
    def average_grade(self) -> AsyncAiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse:
        from .average_grade import AsyncAiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse

        return AsyncAiAnalyticsOverviewOrgsAverageGradeResourceWithRawResponse(
            self._resource.average_grade
        )

    @cached_property
    def courses(self) -> AsyncAiAnalyticsOverviewOrgsCoursesResourceWithRawResponse:
        from .courses import AsyncAiAnalyticsOverviewOrgsCoursesResourceWithRawResponse

        return AsyncAiAnalyticsOverviewOrgsCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def learners(self) -> AsyncAiAnalyticsOverviewOrgsLearnersResourceWithRawResponse:
        from .learners import AsyncAiAnalyticsOverviewOrgsLearnersResourceWithRawResponse

        return AsyncAiAnalyticsOverviewOrgsLearnersResourceWithRawResponse(self._resource.learners)

    @cached_property
    def most_active_courses(
        self,
    ) -> AsyncAiAnalyticsOverviewOrgsMostActiveCoursesResourceWithRawResponse:
        from .most_active_courses import (
            AsyncAiAnalyticsOverviewOrgsMostActiveCoursesResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOverviewOrgsMostActiveCoursesResourceWithRawResponse(
            self._resource.most_active_courses
        )

    @cached_property
    def registered_users(
        self,
    ) -> AsyncAiAnalyticsOverviewOrgsRegisteredUsersResourceWithRawResponse:
        from .registered_users import (
            AsyncAiAnalyticsOverviewOrgsRegisteredUsersResourceWithRawResponse,
        )

        return AsyncAiAnalyticsOverviewOrgsRegisteredUsersResourceWithRawResponse(
            self._resource.registered_users
        )
