"""`Client.platform.orgs.courses.progress`: 1 operation and 6 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    platform_orgs_courses_progress_retrieve as _platform_orgs_courses_progress_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .average_days_to_complete import (
        AsyncPlatformOrgsCoursesProgressAverageDaysToCompleteResource,
        AsyncPlatformOrgsCoursesProgressAverageDaysToCompleteResourceWithRawResponse,
        PlatformOrgsCoursesProgressAverageDaysToCompleteResource,
        PlatformOrgsCoursesProgressAverageDaysToCompleteResourceWithRawResponse,
    )
    from .average_time_to_complete import (
        AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResource,
        AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse,
        PlatformOrgsCoursesProgressAverageTimeToCompleteResource,
        PlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse,
    )
    from .completed import (
        AsyncPlatformOrgsCoursesProgressCompletedResource,
        AsyncPlatformOrgsCoursesProgressCompletedResourceWithRawResponse,
        PlatformOrgsCoursesProgressCompletedResource,
        PlatformOrgsCoursesProgressCompletedResourceWithRawResponse,
    )
    from .completion_rate import (
        AsyncPlatformOrgsCoursesProgressCompletionRateResource,
        AsyncPlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse,
        PlatformOrgsCoursesProgressCompletionRateResource,
        PlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse,
    )
    from .in_progress import (
        AsyncPlatformOrgsCoursesProgressInProgressResource,
        AsyncPlatformOrgsCoursesProgressInProgressResourceWithRawResponse,
        PlatformOrgsCoursesProgressInProgressResource,
        PlatformOrgsCoursesProgressInProgressResourceWithRawResponse,
    )
    from .started import (
        AsyncPlatformOrgsCoursesProgressStartedResource,
        AsyncPlatformOrgsCoursesProgressStartedResourceWithRawResponse,
        PlatformOrgsCoursesProgressStartedResource,
        PlatformOrgsCoursesProgressStartedResourceWithRawResponse,
    )

__all__ = [
    "PlatformOrgsCoursesProgressResource",
    "PlatformOrgsCoursesProgressResourceWithRawResponse",
    "AsyncPlatformOrgsCoursesProgressResource",
    "AsyncPlatformOrgsCoursesProgressResourceWithRawResponse",
]


class PlatformOrgsCoursesProgressResource:
    """`Client.platform.orgs.courses.progress`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsCoursesProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsCoursesProgressResourceWithRawResponse(self)

    @cached_property
    def average_days_to_complete(self) -> PlatformOrgsCoursesProgressAverageDaysToCompleteResource:
        from .average_days_to_complete import (
            PlatformOrgsCoursesProgressAverageDaysToCompleteResource,
        )

        return PlatformOrgsCoursesProgressAverageDaysToCompleteResource(self._client)

    @cached_property
    def average_time_to_complete(self) -> PlatformOrgsCoursesProgressAverageTimeToCompleteResource:
        from .average_time_to_complete import (
            PlatformOrgsCoursesProgressAverageTimeToCompleteResource,
        )

        return PlatformOrgsCoursesProgressAverageTimeToCompleteResource(self._client)

    @cached_property
    def completed(self) -> PlatformOrgsCoursesProgressCompletedResource:
        from .completed import PlatformOrgsCoursesProgressCompletedResource

        return PlatformOrgsCoursesProgressCompletedResource(self._client)

    @cached_property
    def completion_rate(self) -> PlatformOrgsCoursesProgressCompletionRateResource:
        from .completion_rate import PlatformOrgsCoursesProgressCompletionRateResource

        return PlatformOrgsCoursesProgressCompletionRateResource(self._client)

    @cached_property
    def in_progress(self) -> PlatformOrgsCoursesProgressInProgressResource:
        from .in_progress import PlatformOrgsCoursesProgressInProgressResource

        return PlatformOrgsCoursesProgressInProgressResource(self._client)

    @cached_property
    def started(self) -> PlatformOrgsCoursesProgressStartedResource:
        from .started import PlatformOrgsCoursesProgressStartedResource

        return PlatformOrgsCoursesProgressStartedResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Completion information per enrolled user  Gives Percentage of units completed in course
        Query Params course_id <required> user_id <optional>

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _platform_orgs_courses_progress_retrieve.OPERATION,
            _platform_orgs_courses_progress_retrieve.build_request(org=org, course_id=course_id),
            options,
        )


class PlatformOrgsCoursesProgressResourceWithRawResponse:
    """`Client.platform.orgs.courses.progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsCoursesProgressResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def average_days_to_complete(
        self,
    ) -> PlatformOrgsCoursesProgressAverageDaysToCompleteResourceWithRawResponse:
        from .average_days_to_complete import (
            PlatformOrgsCoursesProgressAverageDaysToCompleteResourceWithRawResponse,
        )

        return PlatformOrgsCoursesProgressAverageDaysToCompleteResourceWithRawResponse(
            self._resource.average_days_to_complete
        )

    @cached_property
    def average_time_to_complete(
        self,
    ) -> PlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse:
        from .average_time_to_complete import (
            PlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse,
        )

        return PlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse(
            self._resource.average_time_to_complete
        )

    @cached_property
    def completed(self) -> PlatformOrgsCoursesProgressCompletedResourceWithRawResponse:
        from .completed import PlatformOrgsCoursesProgressCompletedResourceWithRawResponse

        return PlatformOrgsCoursesProgressCompletedResourceWithRawResponse(self._resource.completed)

    @cached_property
    def completion_rate(self) -> PlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse:
        from .completion_rate import (
            PlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse,
        )

        return PlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse(
            self._resource.completion_rate
        )

    @cached_property
    def in_progress(self) -> PlatformOrgsCoursesProgressInProgressResourceWithRawResponse:
        from .in_progress import PlatformOrgsCoursesProgressInProgressResourceWithRawResponse

        return PlatformOrgsCoursesProgressInProgressResourceWithRawResponse(
            self._resource.in_progress
        )

    @cached_property
    def started(self) -> PlatformOrgsCoursesProgressStartedResourceWithRawResponse:
        from .started import PlatformOrgsCoursesProgressStartedResourceWithRawResponse

        return PlatformOrgsCoursesProgressStartedResourceWithRawResponse(self._resource.started)


class AsyncPlatformOrgsCoursesProgressResource:
    """`AsyncClient.platform.orgs.courses.progress`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsCoursesProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsCoursesProgressResourceWithRawResponse(self)

    @cached_property
    def average_days_to_complete(
        self,
    ) -> AsyncPlatformOrgsCoursesProgressAverageDaysToCompleteResource:
        from .average_days_to_complete import (
            AsyncPlatformOrgsCoursesProgressAverageDaysToCompleteResource,
        )

        return AsyncPlatformOrgsCoursesProgressAverageDaysToCompleteResource(self._client)

    @cached_property
    def average_time_to_complete(
        self,
    ) -> AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResource:
        from .average_time_to_complete import (
            AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResource,
        )

        return AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResource(self._client)

    @cached_property
    def completed(self) -> AsyncPlatformOrgsCoursesProgressCompletedResource:
        from .completed import AsyncPlatformOrgsCoursesProgressCompletedResource

        return AsyncPlatformOrgsCoursesProgressCompletedResource(self._client)

    @cached_property
    def completion_rate(self) -> AsyncPlatformOrgsCoursesProgressCompletionRateResource:
        from .completion_rate import AsyncPlatformOrgsCoursesProgressCompletionRateResource

        return AsyncPlatformOrgsCoursesProgressCompletionRateResource(self._client)

    @cached_property
    def in_progress(self) -> AsyncPlatformOrgsCoursesProgressInProgressResource:
        from .in_progress import AsyncPlatformOrgsCoursesProgressInProgressResource

        return AsyncPlatformOrgsCoursesProgressInProgressResource(self._client)

    @cached_property
    def started(self) -> AsyncPlatformOrgsCoursesProgressStartedResource:
        from .started import AsyncPlatformOrgsCoursesProgressStartedResource

        return AsyncPlatformOrgsCoursesProgressStartedResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Completion information per enrolled user  Gives Percentage of units completed in course
        Query Params course_id <required> user_id <optional>

        Args:
            org (str, path)
            course_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _platform_orgs_courses_progress_retrieve.OPERATION,
            _platform_orgs_courses_progress_retrieve.build_request(org=org, course_id=course_id),
            options,
        )


class AsyncPlatformOrgsCoursesProgressResourceWithRawResponse:
    """`AsyncClient.platform.orgs.courses.progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsCoursesProgressResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def average_days_to_complete(
        self,
    ) -> AsyncPlatformOrgsCoursesProgressAverageDaysToCompleteResourceWithRawResponse:
        from .average_days_to_complete import (
            AsyncPlatformOrgsCoursesProgressAverageDaysToCompleteResourceWithRawResponse,
        )

        return AsyncPlatformOrgsCoursesProgressAverageDaysToCompleteResourceWithRawResponse(
            self._resource.average_days_to_complete
        )

    @cached_property
    def average_time_to_complete(
        self,
    ) -> AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse:
        from .average_time_to_complete import (
            AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse,
        )

        return AsyncPlatformOrgsCoursesProgressAverageTimeToCompleteResourceWithRawResponse(
            self._resource.average_time_to_complete
        )

    @cached_property
    def completed(self) -> AsyncPlatformOrgsCoursesProgressCompletedResourceWithRawResponse:
        from .completed import AsyncPlatformOrgsCoursesProgressCompletedResourceWithRawResponse

        return AsyncPlatformOrgsCoursesProgressCompletedResourceWithRawResponse(
            self._resource.completed
        )

    @cached_property
    def completion_rate(
        self,
    ) -> AsyncPlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse:
        from .completion_rate import (
            AsyncPlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse,
        )

        return AsyncPlatformOrgsCoursesProgressCompletionRateResourceWithRawResponse(
            self._resource.completion_rate
        )

    @cached_property
    def in_progress(self) -> AsyncPlatformOrgsCoursesProgressInProgressResourceWithRawResponse:
        from .in_progress import AsyncPlatformOrgsCoursesProgressInProgressResourceWithRawResponse

        return AsyncPlatformOrgsCoursesProgressInProgressResourceWithRawResponse(
            self._resource.in_progress
        )

    @cached_property
    def started(self) -> AsyncPlatformOrgsCoursesProgressStartedResourceWithRawResponse:
        from .started import AsyncPlatformOrgsCoursesProgressStartedResourceWithRawResponse

        return AsyncPlatformOrgsCoursesProgressStartedResourceWithRawResponse(
            self._resource.started
        )
