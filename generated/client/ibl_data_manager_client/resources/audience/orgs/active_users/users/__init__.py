"""`Client.audience.orgs.active_users.users`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    audience_orgs_active_users_users_retrieve as _audience_orgs_active_users_users_retrieve,
)
from ......models.active_users_list import ActiveUsersList
from ......models.audience_orgs_active_users_users_retrieve_format import (
    AudienceOrgsActiveUsersUsersRetrieveFormat,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AudienceOrgsActiveUsersUsersResource",
    "AudienceOrgsActiveUsersUsersResourceWithRawResponse",
    "AsyncAudienceOrgsActiveUsersUsersResource",
    "AsyncAudienceOrgsActiveUsersUsersResourceWithRawResponse",
]


class AudienceOrgsActiveUsersUsersResource:
    """`Client.audience.orgs.active_users.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceOrgsActiveUsersUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceOrgsActiveUsersUsersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActiveUsersList:
        """Get a list of active users with activity metrics.  This endpoint provides a paginated
        list of users who have had activity within the specified date range.  Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)     end_date (str,
        optional): End date for filtering (ISO format)     course_id (str, optional): Filter by
        course ID     page (int, optional): Page number for pagination     length (int,
        optional): Number of items per page  Returns:     A paginated list of active users with
        their activity metrics.  Default time range is the last 7 days if no dates are
        specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AudienceOrgsActiveUsersUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            ActiveUsersList
        """
        return self._client._send(
            _audience_orgs_active_users_users_retrieve.OPERATION,
            _audience_orgs_active_users_users_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AudienceOrgsActiveUsersUsersResourceWithRawResponse:
    """`Client.audience.orgs.active_users.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceOrgsActiveUsersUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAudienceOrgsActiveUsersUsersResource:
    """`AsyncClient.audience.orgs.active_users.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceOrgsActiveUsersUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceOrgsActiveUsersUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActiveUsersList:
        """Get a list of active users with activity metrics.  This endpoint provides a paginated
        list of users who have had activity within the specified date range.  Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)     end_date (str,
        optional): End date for filtering (ISO format)     course_id (str, optional): Filter by
        course ID     page (int, optional): Page number for pagination     length (int,
        optional): Number of items per page  Returns:     A paginated list of active users with
        their activity metrics.  Default time range is the last 7 days if no dates are
        specified.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AudienceOrgsActiveUsersUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)

        Returns:
            ActiveUsersList
        """
        return await self._client._send(
            _audience_orgs_active_users_users_retrieve.OPERATION,
            _audience_orgs_active_users_users_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
            ),
            options,
        )


class AsyncAudienceOrgsActiveUsersUsersResourceWithRawResponse:
    """`AsyncClient.audience.orgs.active_users.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceOrgsActiveUsersUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
