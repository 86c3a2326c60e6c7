"""`Client.ai_analytics.perlearner.orgs.users.info`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_analytics import (
    ai_analytics_perlearner_orgs_users_info_retrieve as _ai_analytics_perlearner_orgs_users_info_retrieve,
)
from .......models.ai_analytics_perlearner_orgs_users_info_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat,
)
from .......models.ai_analytics_perlearner_orgs_users_info_retrieve_meta import (
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta,
)
from .......models.learner_information_api import LearnerInformationAPI
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsPerlearnerOrgsUsersInfoResource",
    "AiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse",
    "AsyncAiAnalyticsPerlearnerOrgsUsersInfoResource",
    "AsyncAiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse",
]


class AiAnalyticsPerlearnerOrgsUsersInfoResource:
    """`Client.ai_analytics.perlearner.orgs.users.info`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LearnerInformationAPI:
        """Retrieve detailed information about a specific learner.  This endpoint returns personal
        and activity information about a learner, including profile data, activity metrics, and
        location information.  Path Parameters:     user_id (str): The username or email of the
        learner  Query Parameters:     meta (bool): Include additional analytics information
        when true  Returns:     Detailed learner information including:     - Profile data
        (username, name, email)     - Registration and activity dates     - Activity metrics
        (assessments, time spent, videos watched)     - Location and browser information (when
        available)  Access Control:     - Platform admins can access any learner     - Learners
        can access their own information     - Department admins can access learners in their
        departments

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            meta (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset, query)
            search (str | Unset, query)

        Returns:
            LearnerInformationAPI
        """
        return self._client._send(
            _ai_analytics_perlearner_orgs_users_info_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_info_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                meta=meta,
                search=search,
            ),
            options,
        )


class AiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse:
    """`Client.ai_analytics.perlearner.orgs.users.info`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsPerlearnerOrgsUsersInfoResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsPerlearnerOrgsUsersInfoResource:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.info`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LearnerInformationAPI:
        """Retrieve detailed information about a specific learner.  This endpoint returns personal
        and activity information about a learner, including profile data, activity metrics, and
        location information.  Path Parameters:     user_id (str): The username or email of the
        learner  Query Parameters:     meta (bool): Include additional analytics information
        when true  Returns:     Detailed learner information including:     - Profile data
        (username, name, email)     - Registration and activity dates     - Activity metrics
        (assessments, time spent, videos watched)     - Location and browser information (when
        available)  Access Control:     - Platform admins can access any learner     - Learners
        can access their own information     - Department admins can access learners in their
        departments

        Args:
            org (str, path)
            user_id (str, path)
            department_id (int | Unset, query)
            format_ (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            meta (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset, query)
            search (str | Unset, query)

        Returns:
            LearnerInformationAPI
        """
        return await self._client._send(
            _ai_analytics_perlearner_orgs_users_info_retrieve.OPERATION,
            _ai_analytics_perlearner_orgs_users_info_retrieve.build_request(
                org=org,
                user_id=user_id,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                meta=meta,
                search=search,
            ),
            options,
        )


class AsyncAiAnalyticsPerlearnerOrgsUsersInfoResourceWithRawResponse:
    """`AsyncClient.ai_analytics.perlearner.orgs.users.info`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsPerlearnerOrgsUsersInfoResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
