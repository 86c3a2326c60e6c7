"""`Client.credentials.orgs.users.assertions_over_time`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.credentials import (
    credentials_orgs_users_assertions_over_time_retrieve as _credentials_orgs_users_assertions_over_time_retrieve,
)
from ......api.credentials import (
    credentials_orgs_users_assertions_over_time_retrieve_2 as _credentials_orgs_users_assertions_over_time_retrieve_2,
)
from ......models.credentials_orgs_users_assertions_over_time_retrieve_2_format import (
    CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format,
)
from ......models.credentials_orgs_users_assertions_over_time_retrieve_format import (
    CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat,
)
from ......models.overtime_with_change_info import OvertimeWithChangeInfo
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersAssertionsOverTimeResource",
    "CredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersAssertionsOverTimeResource",
    "AsyncCredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse",
]


class CredentialsOrgsUsersAssertionsOverTimeResource:
    """`Client.credentials.orgs.users.assertions_over_time`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get all credentials of a given tenant

        Args:
            platform_key (str, path)
            user_id (int, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return self._client._send(
            _credentials_orgs_users_assertions_over_time_retrieve.OPERATION,
            _credentials_orgs_users_assertions_over_time_retrieve.build_request(
                platform_key=platform_key,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )

    def retrieve_2(
        self,
        *,
        platform_key: str,
        username: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get all credentials of a given tenant

        Args:
            platform_key (str, path)
            username (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return self._client._send(
            _credentials_orgs_users_assertions_over_time_retrieve_2.OPERATION,
            _credentials_orgs_users_assertions_over_time_retrieve_2.build_request(
                platform_key=platform_key,
                username=username,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class CredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse:
    """`Client.credentials.orgs.users.assertions_over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersAssertionsOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.retrieve_2 = to_raw_response(resource.retrieve_2)


class AsyncCredentialsOrgsUsersAssertionsOverTimeResource:
    """`AsyncClient.credentials.orgs.users.assertions_over_time`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        user_id: int,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get all credentials of a given tenant

        Args:
            platform_key (str, path)
            user_id (int, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return await self._client._send(
            _credentials_orgs_users_assertions_over_time_retrieve.OPERATION,
            _credentials_orgs_users_assertions_over_time_retrieve.build_request(
                platform_key=platform_key,
                user_id=user_id,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )

    async def retrieve_2(
        self,
        *,
        platform_key: str,
        username: str,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OvertimeWithChangeInfo:
        """Get all credentials of a given tenant

        Args:
            platform_key (str, path)
            username (str, path)
            department_id (int | Unset, query)
            end_date (str | Unset, query)
            format_ (CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format | Unset, query)
            include_main_platform (bool | Unset, query)
            start_date (str | Unset, query)

        Returns:
            OvertimeWithChangeInfo
        """
        return await self._client._send(
            _credentials_orgs_users_assertions_over_time_retrieve_2.OPERATION,
            _credentials_orgs_users_assertions_over_time_retrieve_2.build_request(
                platform_key=platform_key,
                username=username,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                start_date=start_date,
            ),
            options,
        )


class AsyncCredentialsOrgsUsersAssertionsOverTimeResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.assertions_over_time`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersAssertionsOverTimeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.retrieve_2 = async_to_raw_response(resource.retrieve_2)
