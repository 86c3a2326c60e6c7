"""`Client.ai_analytics.perlearner.orgs.users.overview.engagement_index`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ........_operation import RequestOptions
from ........_response import async_to_raw_response, to_raw_response
from ........api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve as _ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve,
)
from ........models.ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat,
)
from ........models.value import Value
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource",
    "AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource:
    """`Client.ai_analytics.perlearner.orgs.users.overview.engagement_index`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Value:
        """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat |
                Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Value
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.overview.engagement_index`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource
    ) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.engagement_index`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse(
            self
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Value:
        """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat |
                Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Value
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.overview.engagement_index`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexResource
    ) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
