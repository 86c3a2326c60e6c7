"""`Client.perlearner.orgs.users.overview.engagement_index`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    perlearner_orgs_users_overview_engagement_index_retrieve as _perlearner_orgs_users_overview_engagement_index_retrieve,
)
from .......models.perlearner_orgs_users_overview_engagement_index_retrieve_format import (
    PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat,
)
from .......models.value import Value
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersOverviewEngagementIndexResource",
    "PerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersOverviewEngagementIndexResource",
    "AsyncPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse",
]


class PerlearnerOrgsUsersOverviewEngagementIndexResource:
    """`Client.perlearner.orgs.users.overview.engagement_index`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> PerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset = UNSET,
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
            format_ (PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Value
        """
        return self._client._send(
            _perlearner_orgs_users_overview_engagement_index_retrieve.OPERATION,
            _perlearner_orgs_users_overview_engagement_index_retrieve.build_request(
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


class PerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
    """`Client.perlearner.orgs.users.overview.engagement_index`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersOverviewEngagementIndexResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersOverviewEngagementIndexResource:
    """`AsyncClient.perlearner.orgs.users.overview.engagement_index`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset = UNSET,
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
            format_ (PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Value
        """
        return await self._client._send(
            _perlearner_orgs_users_overview_engagement_index_retrieve.OPERATION,
            _perlearner_orgs_users_overview_engagement_index_retrieve.build_request(
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


class AsyncPerlearnerOrgsUsersOverviewEngagementIndexResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.overview.engagement_index`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersOverviewEngagementIndexResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
