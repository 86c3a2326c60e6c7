"""`Client.audience.orgs.registered_users`: 1 operation and 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    audience_orgs_registered_users_retrieve as _audience_orgs_registered_users_retrieve,
)
from .....models.audience_orgs_registered_users_retrieve_format import (
    AudienceOrgsRegisteredUsersRetrieveFormat,
)
from .....models.perlearner_user_list import PerlearnerUserList
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .over_time import (
        AsyncAudienceOrgsRegisteredUsersOverTimeResource,
        AsyncAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse,
        AudienceOrgsRegisteredUsersOverTimeResource,
        AudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse,
    )
    from .per_course import (
        AsyncAudienceOrgsRegisteredUsersPerCourseResource,
        AsyncAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse,
        AudienceOrgsRegisteredUsersPerCourseResource,
        AudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse,
    )

__all__ = [
    "AudienceOrgsRegisteredUsersResource",
    "AudienceOrgsRegisteredUsersResourceWithRawResponse",
    "AsyncAudienceOrgsRegisteredUsersResource",
    "AsyncAudienceOrgsRegisteredUsersResourceWithRawResponse",
]


class AudienceOrgsRegisteredUsersResource:
    """`Client.audience.orgs.registered_users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AudienceOrgsRegisteredUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AudienceOrgsRegisteredUsersResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AudienceOrgsRegisteredUsersOverTimeResource:
        from .over_time import AudienceOrgsRegisteredUsersOverTimeResource

        return AudienceOrgsRegisteredUsersOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AudienceOrgsRegisteredUsersPerCourseResource:
        from .per_course import AudienceOrgsRegisteredUsersPerCourseResource

        return AudienceOrgsRegisteredUsersPerCourseResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.  This endpoint returns a
        paginated list of all learners with key metrics including: - Enrollment counts -
        Completion counts - Time spent on platform  Query Parameters:     page (int): Page
        number for pagination     length (int): Number of items per page     search (str):
        Filter learners by username, email, or name  Returns:     A paginated list of learners
        with their associated metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AudienceOrgsRegisteredUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return self._client._send(
            _audience_orgs_registered_users_retrieve.OPERATION,
            _audience_orgs_registered_users_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                search=search,
            ),
            options,
        )


class AudienceOrgsRegisteredUsersResourceWithRawResponse:
    """`Client.audience.orgs.registered_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AudienceOrgsRegisteredUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse:
        from .over_time import AudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse

        return AudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse(self._resource.over_time)

    @cached_property
    def per_course(self) -> AudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse:
        from .per_course import AudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse

        return AudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse(
            self._resource.per_course
        )


class AsyncAudienceOrgsRegisteredUsersResource:
    """`AsyncClient.audience.orgs.registered_users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAudienceOrgsRegisteredUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAudienceOrgsRegisteredUsersResourceWithRawResponse(self)

    @cached_property
    def over_time(self) -> AsyncAudienceOrgsRegisteredUsersOverTimeResource:
        from .over_time import AsyncAudienceOrgsRegisteredUsersOverTimeResource

        return AsyncAudienceOrgsRegisteredUsersOverTimeResource(self._client)

    @cached_property
    def per_course(self) -> AsyncAudienceOrgsRegisteredUsersPerCourseResource:
        from .per_course import AsyncAudienceOrgsRegisteredUsersPerCourseResource

        return AsyncAudienceOrgsRegisteredUsersPerCourseResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.  This endpoint returns a
        paginated list of all learners with key metrics including: - Enrollment counts -
        Completion counts - Time spent on platform  Query Parameters:     page (int): Page
        number for pagination     length (int): Number of items per page     search (str):
        Filter learners by username, email, or name  Returns:     A paginated list of learners
        with their associated metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            format_ (AudienceOrgsRegisteredUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return await self._client._send(
            _audience_orgs_registered_users_retrieve.OPERATION,
            _audience_orgs_registered_users_retrieve.build_request(
                org=org,
                department_id=department_id,
                format_=format_,
                include_main_platform=include_main_platform,
                length=length,
                page=page,
                search=search,
            ),
            options,
        )


class AsyncAudienceOrgsRegisteredUsersResourceWithRawResponse:
    """`AsyncClient.audience.orgs.registered_users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAudienceOrgsRegisteredUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def over_time(self) -> AsyncAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse:
        from .over_time import AsyncAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse

        return AsyncAudienceOrgsRegisteredUsersOverTimeResourceWithRawResponse(
            self._resource.over_time
        )

    @cached_property
    def per_course(self) -> AsyncAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse:
        from .per_course import AsyncAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse

        return AsyncAudienceOrgsRegisteredUsersPerCourseResourceWithRawResponse(
            self._resource.per_course
        )
