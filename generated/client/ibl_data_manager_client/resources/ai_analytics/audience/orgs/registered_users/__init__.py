"""`Client.ai_analytics.audience.orgs.registered_users`: 1 operation and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_audience_orgs_registered_users_retrieve as _ai_analytics_audience_orgs_registered_users_retrieve,
)
from ......models.ai_analytics_audience_orgs_registered_users_retrieve_format import (
    AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat,
)
from ......models.perlearner_user_list import PerlearnerUserList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .over_time import (
        AiAnalyticsAudienceOrgsRegisteredUsersOverTimeResource,
        AiAnalyticsAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsRegisteredUsersOverTimeResource,
        AsyncAiAnalyticsAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AiAnalyticsAudienceOrgsRegisteredUsersPerCourseResource,
        AiAnalyticsAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse,
        AsyncAiAnalyticsAudienceOrgsRegisteredUsersPerCourseResource,
        AsyncAiAnalyticsAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse,
    )

__all__ = [
    "AiAnalyticsAudienceOrgsRegisteredUsersResource",
    "AiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse",
    "AsyncAiAnalyticsAudienceOrgsRegisteredUsersResource",
    "AsyncAiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse",
]


class AiAnalyticsAudienceOrgsRegisteredUsersResource:
    """`Client.ai_analytics.audience.orgs.registered_users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AiAnalyticsAudienceOrgsRegisteredUsersOverTimeResource:
        from .over_time import AiAnalyticsAudienceOrgsRegisteredUsersOverTimeResource

        return AiAnalyticsAudienceOrgsRegisteredUsersOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AiAnalyticsAudienceOrgsRegisteredUsersPerCourseResource:
        from .per_course import AiAnalyticsAudienceOrgsRegisteredUsersPerCourseResource

        return AiAnalyticsAudienceOrgsRegisteredUsersPerCourseResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
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
            format_ (AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return self._client._send(
            _ai_analytics_audience_orgs_registered_users_retrieve.OPERATION,
            _ai_analytics_audience_orgs_registered_users_retrieve.build_request(
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


class AiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse:
    """`Client.ai_analytics.audience.orgs.registered_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsAudienceOrgsRegisteredUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AiAnalyticsAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse:
        from .over_time import AiAnalyticsAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse

        return AiAnalyticsAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AiAnalyticsAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse:
        from .per_course import (
            AiAnalyticsAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse,
        )

        return AiAnalyticsAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncAiAnalyticsAudienceOrgsRegisteredUsersResource:
    """`AsyncClient.ai_analytics.audience.orgs.registered_users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAiAnalyticsAudienceOrgsRegisteredUsersOverTimeResource:
        from .over_time import AsyncAiAnalyticsAudienceOrgsRegisteredUsersOverTimeResource

        return AsyncAiAnalyticsAudienceOrgsRegisteredUsersOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAiAnalyticsAudienceOrgsRegisteredUsersPerCourseResource:
        from .per_course import AsyncAiAnalyticsAudienceOrgsRegisteredUsersPerCourseResource

        return AsyncAiAnalyticsAudienceOrgsRegisteredUsersPerCourseResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
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
            format_ (AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return await self._client._send(
            _ai_analytics_audience_orgs_registered_users_retrieve.OPERATION,
            _ai_analytics_audience_orgs_registered_users_retrieve.build_request(
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


class AsyncAiAnalyticsAudienceOrgsRegisteredUsersResourceWithRawResponse:
    """`AsyncClient.ai_analytics.audience.orgs.registered_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsAudienceOrgsRegisteredUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def over_time(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse:
        from .over_time import (
            AsyncAiAnalyticsAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(
        self,
    ) -> AsyncAiAnalyticsAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse:
        from .per_course import (
            AsyncAiAnalyticsAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse,
        )

        return AsyncAiAnalyticsAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
