"""`Client.perlearner.orgs.users.overview.performance_index`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    perlearner_orgs_users_overview_performance_index_retrieve as _perlearner_orgs_users_overview_performance_index_retrieve,
)
from .......models.perlearner_orgs_users_overview_performance_index_retrieve_format import (
    PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat,
)
from .......models.value import Value
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersOverviewPerformanceIndexResource",
    "PerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResource",
    "AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse",
]


class PerlearnerOrgsUsersOverviewPerformanceIndexResource:
    """`Client.perlearner.orgs.users.overview.performance_index`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> PerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Value:
        """Evaluates performance index for platform, per course, per user and per user-per course
        Query Params course_id <optional> learner_id <optional>

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Value
        """
        return self._client._send(
            _perlearner_orgs_users_overview_performance_index_retrieve.OPERATION,
            _perlearner_orgs_users_overview_performance_index_retrieve.build_request(
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


class PerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse:
    """`Client.perlearner.orgs.users.overview.performance_index`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersOverviewPerformanceIndexResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResource:
    """`AsyncClient.perlearner.orgs.users.overview.performance_index`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Value:
        """Evaluates performance index for platform, per course, per user and per user-per course
        Query Params course_id <optional> learner_id <optional>

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            Value
        """
        return await self._client._send(
            _perlearner_orgs_users_overview_performance_index_retrieve.OPERATION,
            _perlearner_orgs_users_overview_performance_index_retrieve.build_request(
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


class AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.overview.performance_index`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersOverviewPerformanceIndexResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
