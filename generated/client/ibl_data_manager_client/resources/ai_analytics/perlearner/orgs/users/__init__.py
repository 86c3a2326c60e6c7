"""`Client.ai_analytics.perlearner.orgs.users`: 1 operation and 7 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_retrieve as _ai_analytics_perlearner_orgs_users_retrieve,
)
from ......models.ai_analytics_perlearner_orgs_users_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersRetrieveFormat,
)
from ......models.perlearner_user_list import PerlearnerUserList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .activity import (
        AiAnalyticsPerlearnerOrgsUsersActivityResource,
        AiAnalyticsPerlearnerOrgsUsersActivityResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersActivityResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersActivityResourceWithRawResponse,
    )
    from .courses import (
        AiAnalyticsPerlearnerOrgsUsersCoursesResource,
        AiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse,
    )
    from .grades import (
        AiAnalyticsPerlearnerOrgsUsersGradesResource,
        AiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersGradesResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse,
    )
    from .info import (
        AiAnalyticsPerlearnerOrgsUsersInfoResource,
        AiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersInfoResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse,
    )
    from .last_access import (
        AiAnalyticsPerlearnerOrgsUsersLastAccessResource,
        AiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse,
    )
    from .overview import (
        AiAnalyticsPerlearnerOrgsUsersOverviewResource,
        AiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse,
    )
    from .videos import (
        AiAnalyticsPerlearnerOrgsUsersVideosResource,
        AiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse,
        AsyncAiAnalyticsPerlearnerOrgsUsersVideosResource,
        AsyncAiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersResource",
    "AiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersResource:
    """`Client.ai_analytics.perlearner.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def activity(self) -> AiAnalyticsPerlearnerOrgsUsersActivityResource:
        from .activity import AiAnalyticsPerlearnerOrgsUsersActivityResource

        return AiAnalyticsPerlearnerOrgsUsersActivityResource(self._client)

    @cached_property
    def courses(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesResource:
        from .courses import AiAnalyticsPerlearnerOrgsUsersCoursesResource

        return AiAnalyticsPerlearnerOrgsUsersCoursesResource(self._client)

    @cached_property
    def grades(self) -> AiAnalyticsPerlearnerOrgsUsersGradesResource:
        from .grades import AiAnalyticsPerlearnerOrgsUsersGradesResource

        return AiAnalyticsPerlearnerOrgsUsersGradesResource(self._client)

    @cached_property
    def info(self) -> AiAnalyticsPerlearnerOrgsUsersInfoResource:
        from .info import AiAnalyticsPerlearnerOrgsUsersInfoResource

        return AiAnalyticsPerlearnerOrgsUsersInfoResource(self._client)

    @cached_property
    def last_access(self) -> AiAnalyticsPerlearnerOrgsUsersLastAccessResource:
        from .last_access import AiAnalyticsPerlearnerOrgsUsersLastAccessResource

        return AiAnalyticsPerlearnerOrgsUsersLastAccessResource(self._client)

    @cached_property
    def overview(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewResource:
        from .overview import AiAnalyticsPerlearnerOrgsUsersOverviewResource

        return AiAnalyticsPerlearnerOrgsUsersOverviewResource(self._client)

    @cached_property
    def videos(self) -> AiAnalyticsPerlearnerOrgsUsersVideosResource:
        from .videos import AiAnalyticsPerlearnerOrgsUsersVideosResource

        return AiAnalyticsPerlearnerOrgsUsersVideosResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.  This endpoint returns a
        paginated list of all learners with key metrics including: - Enrollment counts -
        Completion counts - Time spent on platform  Query Parameters:     page (int): Page
        number for pagination     length (int): Number of items per page     search (str):
        Filter learners by username, email, or name  Returns:     A paginated list of learners
        with their associated metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                search=search,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def activity(self) -> AiAnalyticsPerlearnerOrgsUsersActivityResourceWithRawResponse:
        from .activity import AiAnalyticsPerlearnerOrgsUsersActivityResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersActivityResourceWithRawResponse(
            self._resource.activity
        )

    @cached_property
    def courses(self) -> AiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse:
        from .courses import AiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def grades(self) -> AiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse:
        from .grades import AiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def info(self) -> AiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse:
        from .info import AiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse(self._resource.info)

    @cached_property
    def last_access(self) -> AiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
        from .last_access import AiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse(
            self._resource.last_access
        )

    @cached_property
    def overview(self) -> AiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse:
        from .overview import AiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse(
            self._resource.overview
        )

    @cached_property
    def videos(self) -> AiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse:
        from .videos import AiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse

        return AiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse(self._resource.videos)


class AsyncAiAnalyticsPerlearnerOrgsUsersResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def activity(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersActivityResource:
        from .activity import AsyncAiAnalyticsPerlearnerOrgsUsersActivityResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersActivityResource(self._client)

    @cached_property
    def courses(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResource:
        from .courses import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResource(self._client)

    @cached_property
    def grades(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersGradesResource:
        from .grades import AsyncAiAnalyticsPerlearnerOrgsUsersGradesResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersGradesResource(self._client)

    @cached_property
    def info(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersInfoResource:
        from .info import AsyncAiAnalyticsPerlearnerOrgsUsersInfoResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersInfoResource(self._client)

    @cached_property
    def last_access(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResource:
        from .last_access import AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResource(self._client)

    @cached_property
    def overview(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResource:
        from .overview import AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResource(self._client)

    @cached_property
    def videos(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosResource:
        from .videos import AsyncAiAnalyticsPerlearnerOrgsUsersVideosResource

        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.  This endpoint returns a
        paginated list of all learners with key metrics including: - Enrollment counts -
        Completion counts - Time spent on platform  Query Parameters:     page (int): Page
        number for pagination     length (int): Number of items per page     search (str):
        Filter learners by username, email, or name  Returns:     A paginated list of learners
        with their associated metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                search=search,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def activity(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersActivityResourceWithRawResponse:
        from .activity import AsyncAiAnalyticsPerlearnerOrgsUsersActivityResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersActivityResourceWithRawResponse(
            self._resource.activity
        )

    @cached_property
    def courses(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse:
        from .courses import AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersCoursesResourceWithRawResponse(
            self._resource.courses
        )

    @cached_property
    def grades(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse:
        from .grades import AsyncAiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersGradesResourceWithRawResponse(
            self._resource.grades
        )

    @cached_property
    def info(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse:
        from .info import AsyncAiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse(self._resource.info)

    @cached_property
    def last_access(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
        from .last_access import (
            AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse,
        )

        return AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse(
            self._resource.last_access
        )

    @cached_property
    def overview(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse:
        from .overview import AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewResourceWithRawResponse(
            self._resource.overview
        )

    @cached_property
    def videos(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse:
        from .videos import AsyncAiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse

        return AsyncAiAnalyticsPerlearnerOrgsUsersVideosResourceWithRawResponse(
            self._resource.videos
        )
