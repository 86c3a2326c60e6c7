"""`Client.ai_analytics.perlearner.orgs.users.last_access`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_last_access_retrieve as _ai_analytics_perlearner_orgs_users_last_access_retrieve,
)
from .......models.ai_analytics_perlearner_orgs_users_last_access_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat,
)
from .......models.per_learner_last_access import PerLearnerLastAccess
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersLastAccessResource",
    "AiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersLastAccessResource:
    """`Client.ai_analytics.perlearner.orgs.users.last_access`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerLearnerLastAccess:
        """Last course accessed by a learner, includes upto unit information as well

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerLearnerLastAccess
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_last_access_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_last_access_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.last_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersLastAccessResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.last_access`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerLearnerLastAccess:
        """Last course accessed by a learner, includes upto unit information as well

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)

        Returns:
            PerLearnerLastAccess
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_last_access_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_last_access_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.last_access`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersLastAccessResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
