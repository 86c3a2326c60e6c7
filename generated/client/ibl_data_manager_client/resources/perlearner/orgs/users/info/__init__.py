"""`Client.perlearner.orgs.users.info`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    perlearner_orgs_users_info_retrieve as _perlearner_orgs_users_info_retrieve,
)
from ......models.learner_information_api import LearnerInformationAPI
from ......models.perlearner_orgs_users_info_retrieve_format import (
    PerlearnerOrgsUsersInfoRetrieveFormat,
)
from ......models.perlearner_orgs_users_info_retrieve_meta import (
    PerlearnerOrgsUsersInfoRetrieveMeta,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsUsersInfoResource",
    "PerlearnerOrgsUsersInfoResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersInfoResource",
    "AsyncPerlearnerOrgsUsersInfoResourceWithRawResponse",
]


class PerlearnerOrgsUsersInfoResource:
    """`Client.perlearner.orgs.users.info`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersInfoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersInfoResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: PerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
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
            format_ (PerlearnerOrgsUsersInfoRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            meta (PerlearnerOrgsUsersInfoRetrieveMeta | Unset, query)
            search (str | Unset, query)

        Returns:
            LearnerInformationAPI
        """
        return self._client._send(
            _perlearner_orgs_users_info_retrieve.OPERATION,
            _perlearner_orgs_users_info_retrieve.build_request(
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


class PerlearnerOrgsUsersInfoResourceWithRawResponse:
    """`Client.perlearner.orgs.users.info`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersInfoResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsUsersInfoResource:
    """`AsyncClient.perlearner.orgs.users.info`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersInfoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersInfoResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: PerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
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
            format_ (PerlearnerOrgsUsersInfoRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            meta (PerlearnerOrgsUsersInfoRetrieveMeta | Unset, query)
            search (str | Unset, query)

        Returns:
            LearnerInformationAPI
        """
        return await self._client._send(
            _perlearner_orgs_users_info_retrieve.OPERATION,
            _perlearner_orgs_users_info_retrieve.build_request(
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


class AsyncPerlearnerOrgsUsersInfoResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.info`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersInfoResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
