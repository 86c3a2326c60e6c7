"""`Client.ai_analytics.engagement.orgs.activity`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_engagement_orgs_activity_retrieve as _ai_analytics_engagement_orgs_activity_retrieve,
)
from ......models.ai_analytics_engagement_orgs_activity_retrieve_format import (
    AiAnalyticsEngagementOrgsActivityRetrieveFormat,
)
from ......models.engagement_per_course import EngagementPerCourse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsEngagementOrgsActivityResource",
    "AiAnalyticsEngagementOrgsActivityResourceWithRawResponse",
    "AsyncAiAnalyticsEngagementOrgsActivityResource",
    "AsyncAiAnalyticsEngagementOrgsActivityResourceWithRawResponse",
]


class AiAnalyticsEngagementOrgsActivityResource:
    """`Client.ai_analytics.engagement.orgs.activity`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsEngagementOrgsActivityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsEngagementOrgsActivityResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EngagementPerCourse:
        """Get engagement metrics on a per-course basis.  This endpoint provides a paginated list
        of courses with engagement metrics including activity counts, time spent, and
        interaction data.  Query Parameters:     page (int, optional): Page number for
        pagination     length (int, optional): Number of items per page  Returns:     A
        paginated list of courses with their engagement metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            EngagementPerCourse
        """
        return self._client._send(
            _ai_analytics_engagement_orgs_activity_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_activity_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AiAnalyticsEngagementOrgsActivityResourceWithRawResponse:
    """`Client.ai_analytics.engagement.orgs.activity`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsEngagementOrgsActivityResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsEngagementOrgsActivityResource:
    """`AsyncClient.ai_analytics.engagement.orgs.activity`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsEngagementOrgsActivityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsEngagementOrgsActivityResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EngagementPerCourse:
        """Get engagement metrics on a per-course basis.  This endpoint provides a paginated list
        of courses with engagement metrics including activity counts, time spent, and
        interaction data.  Query Parameters:     page (int, optional): Page number for
        pagination     length (int, optional): Number of items per page  Returns:     A
        paginated list of courses with their engagement metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            EngagementPerCourse
        """
        return await self._client._send(
            _ai_analytics_engagement_orgs_activity_retrieve.OPERATION,
            _ai_analytics_engagement_orgs_activity_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AsyncAiAnalyticsEngagementOrgsActivityResourceWithRawResponse:
    """`AsyncClient.ai_analytics.engagement.orgs.activity`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsEngagementOrgsActivityResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
