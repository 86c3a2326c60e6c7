"""`Client.perlearner.orgs.users.courses.overview.engagement_index`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    perlearner_orgs_users_courses_overview_engagement_index_retrieve as _perlearner_orgs_users_courses_overview_engagement_index_retrieve,
)
from ........models.value import Value

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersCoursesOverviewEngagementIndexResource",
    "PerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource",
    "AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse",
]


class PerlearnerOrgsUsersCoursesOverviewEngagementIndexResource:
    """`Client.perlearner.orgs.users.courses.overview.engagement_index`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> PerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> Value:
        """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days
        for a learner in a course

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)

        Returns:
            Value
        """
        return self._client._send(
            _perlearner_orgs_users_courses_overview_engagement_index_retrieve.OPERATION,
            _perlearner_orgs_users_courses_overview_engagement_index_retrieve.build_request(
                org=org, user_id=user_id, course_id=course_id
            ),
            options,
        )


class PerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse:
    """`Client.perlearner.orgs.users.courses.overview.engagement_index`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersCoursesOverviewEngagementIndexResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource:
    """`AsyncClient.perlearner.orgs.users.courses.overview.engagement_index`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> Value:
        """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days
        for a learner in a course

        Args:
            org (str, path)
            user_id (str, path)
            course_id (str, path)

        Returns:
            Value
        """
        return await self._client._send(
            _perlearner_orgs_users_courses_overview_engagement_index_retrieve.OPERATION,
            _perlearner_orgs_users_courses_overview_engagement_index_retrieve.build_request(
                org=org, user_id=user_id, course_id=course_id
            ),
            options,
        )


class AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.courses.overview.engagement_index`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncPerlearnerOrgsUsersCoursesOverviewEngagementIndexResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
