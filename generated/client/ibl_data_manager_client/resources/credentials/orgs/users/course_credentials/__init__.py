"""`Client.credentials.orgs.users.course_credentials`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.credentials import (
    credentials_orgs_users_course_credentials_list as _credentials_orgs_users_course_credentials_list,
)
from ......api.credentials import (
    credentials_orgs_users_course_credentials_list_2 as _credentials_orgs_users_course_credentials_list_2,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CredentialsOrgsUsersCourseCredentialsResource",
    "CredentialsOrgsUsersCourseCredentialsResourceWithRawResponse",
    "AsyncCredentialsOrgsUsersCourseCredentialsResource",
    "AsyncCredentialsOrgsUsersCourseCredentialsResourceWithRawResponse",
]


class CredentialsOrgsUsersCourseCredentialsResource:
    """`Client.credentials.orgs.users.course_credentials`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsOrgsUsersCourseCredentialsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsOrgsUsersCourseCredentialsResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        user_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary
        database if the replica is unreachable.  Add as the **first** base class on read-only
        views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin,
        APIView):         ...

        Args:
            platform_key (str, path)
            user_id (int, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_course_credentials_list.OPERATION,
            _credentials_orgs_users_course_credentials_list.build_request(
                platform_key=platform_key, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    def list_2(
        self,
        *,
        platform_key: str,
        username: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary
        database if the replica is unreachable.  Add as the **first** base class on read-only
        views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin,
        APIView):         ...

        Args:
            platform_key (str, path)
            username (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _credentials_orgs_users_course_credentials_list_2.OPERATION,
            _credentials_orgs_users_course_credentials_list_2.build_request(
                platform_key=platform_key, username=username, page=page, page_size=page_size
            ),
            options,
        )


class CredentialsOrgsUsersCourseCredentialsResourceWithRawResponse:
    """`Client.credentials.orgs.users.course_credentials`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsOrgsUsersCourseCredentialsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.list_2 = to_raw_response(resource.list_2)


class AsyncCredentialsOrgsUsersCourseCredentialsResource:
    """`AsyncClient.credentials.orgs.users.course_credentials`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCredentialsOrgsUsersCourseCredentialsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsOrgsUsersCourseCredentialsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        user_id: int,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary
        database if the replica is unreachable.  Add as the **first** base class on read-only
        views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin,
        APIView):         ...

        Args:
            platform_key (str, path)
            user_id (int, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_course_credentials_list.OPERATION,
            _credentials_orgs_users_course_credentials_list.build_request(
                platform_key=platform_key, user_id=user_id, page=page, page_size=page_size
            ),
            options,
        )

    async def list_2(
        self,
        *,
        platform_key: str,
        username: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """DRF view mixin that routes all ORM reads to the read replica.  Falls back to the primary
        database if the replica is unreachable.  Add as the **first** base class on read-only
        views/viewsets::      class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin,
        APIView):         ...

        Args:
            platform_key (str, path)
            username (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _credentials_orgs_users_course_credentials_list_2.OPERATION,
            _credentials_orgs_users_course_credentials_list_2.build_request(
                platform_key=platform_key, username=username, page=page, page_size=page_size
            ),
            options,
        )


class AsyncCredentialsOrgsUsersCourseCredentialsResourceWithRawResponse:
    """`AsyncClient.credentials.orgs.users.course_credentials`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsOrgsUsersCourseCredentialsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.list_2 = async_to_raw_response(resource.list_2)
