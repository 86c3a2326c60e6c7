"""`Client.perlearner.orgs.users.last_access`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    perlearner_orgs_users_last_access_retrieve as _perlearner_orgs_users_last_access_retrieve,
)
from ......models.per_learner_last_access import PerLearnerLastAccess
from ......models.perlearner_orgs_users_last_access_retrieve_format import (
    PerlearnerOrgsUsersLastAccessRetrieveFormat,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersLastAccessResource",
    "PerlearnerOrgsUsersLastAccessResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersLastAccessResource",
    "AsyncPerlearnerOrgsUsersLastAccessResourceWithRawResponse",
]


class PerlearnerOrgsUsersLastAccessResource:
    """`Client.perlearner.orgs.users.last_access`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersLastAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersLastAccessResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerLearnerLastAccess:
        """Last course accessed by a learner, includes upto unit information as well

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerLearnerLastAccess
        """
        return self._client._send(
            _perlearner_orgs_users_last_access_retrieve.OPERATION,
            _perlearner_orgs_users_last_access_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class PerlearnerOrgsUsersLastAccessResourceWithRawResponse:
    """`Client.perlearner.orgs.users.last_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersLastAccessResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersLastAccessResource:
    """`AsyncClient.perlearner.orgs.users.last_access`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersLastAccessResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerLearnerLastAccess:
        """Last course accessed by a learner, includes upto unit information as well

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerLearnerLastAccess
        """
        return await self._client._send(
            _perlearner_orgs_users_last_access_retrieve.OPERATION,
            _perlearner_orgs_users_last_access_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.last_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersLastAccessResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
