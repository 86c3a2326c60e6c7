"""`Client.perlearner.orgs.users.activity`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    perlearner_orgs_users_activity_retrieve as _perlearner_orgs_users_activity_retrieve,
)
from ......models.activity_api import ActivityAPI
from ......models.perlearner_orgs_users_activity_retrieve_format import (
    PerlearnerOrgsUsersActivityRetrieveFormat,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersActivityResource",
    "PerlearnerOrgsUsersActivityResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersActivityResource",
    "AsyncPerlearnerOrgsUsersActivityResourceWithRawResponse",
]


class PerlearnerOrgsUsersActivityResource:
    """`Client.perlearner.orgs.users.activity`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersActivityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersActivityResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActivityAPI:
        """Provides information on user enrollments  Params user_id e.g developer@ibleducation.com|
        developer

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PerlearnerOrgsUsersActivityRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            ActivityAPI
        """
        return self._client._send(
            _perlearner_orgs_users_activity_retrieve.OPERATION,
            _perlearner_orgs_users_activity_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerlearnerOrgsUsersActivityResourceWithRawResponse:
    """`Client.perlearner.orgs.users.activity`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersActivityResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersActivityResource:
    """`AsyncClient.perlearner.orgs.users.activity`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersActivityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersActivityResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ActivityAPI:
        """Provides information on user enrollments  Params user_id e.g developer@ibleducation.com|
        developer

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PerlearnerOrgsUsersActivityRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            ActivityAPI
        """
        return await self._client._send(
            _perlearner_orgs_users_activity_retrieve.OPERATION,
            _perlearner_orgs_users_activity_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerlearnerOrgsUsersActivityResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.activity`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersActivityResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
