"""`Client.platform.orgs.users.active.count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    platform_orgs_users_active_count_retrieve as _platform_orgs_users_active_count_retrieve,
)
from .......models.over_time_with_total import OverTimeWithTotal
from .......models.platform_orgs_users_active_count_retrieve_format import (
    PlatformOrgsUsersActiveCountRetrieveFormat,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "PlatformOrgsUsersActiveCountResource",
    "PlatformOrgsUsersActiveCountResourceWithRawResponse",
    "AsyncPlatformOrgsUsersActiveCountResource",
    "AsyncPlatformOrgsUsersActiveCountResourceWithRawResponse",
]


class PlatformOrgsUsersActiveCountResource:
    """`Client.platform.orgs.users.active.count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PlatformOrgsUsersActiveCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PlatformOrgsUsersActiveCountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersActiveCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Get count of active users on the platform.  This endpoint returns the number of users
        who have had activity on the platform, either for all time or within a specified date
        range.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO
        format)     end_date (str, optional): End date for filtering (ISO format)  Returns:
        The count of active users and change metrics compared to previous periods.  Default
        behavior returns the count for all time if no date range is specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PlatformOrgsUsersActiveCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return self._client._send(
            _platform_orgs_users_active_count_retrieve.OPERATION,
            _platform_orgs_users_active_count_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class PlatformOrgsUsersActiveCountResourceWithRawResponse:
    """`Client.platform.orgs.users.active.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PlatformOrgsUsersActiveCountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPlatformOrgsUsersActiveCountResource:
    """`AsyncClient.platform.orgs.users.active.count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPlatformOrgsUsersActiveCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPlatformOrgsUsersActiveCountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersActiveCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OverTimeWithTotal:
        """Get count of active users on the platform.  This endpoint returns the number of users
        who have had activity on the platform, either for all time or within a specified date
        range.  Query Parameters:     start_date (str, optional): Start date for filtering (ISO
        format)     end_date (str, optional): End date for filtering (ISO format)  Returns:
        The count of active users and change metrics compared to previous periods.  Default
        behavior returns the count for all time if no date range is specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (PlatformOrgsUsersActiveCountRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OverTimeWithTotal
        """
        return await self._client._send(
            _platform_orgs_users_active_count_retrieve.OPERATION,
            _platform_orgs_users_active_count_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncPlatformOrgsUsersActiveCountResourceWithRawResponse:
    """`AsyncClient.platform.orgs.users.active.count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPlatformOrgsUsersActiveCountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
