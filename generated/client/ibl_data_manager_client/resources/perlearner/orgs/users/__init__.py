"""`Client.perlearner.orgs.users`: 1 operation and 7 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import perlearner_orgs_users_retrieve as _perlearner_orgs_users_retrieve
from .....models.perlearner_orgs_users_retrieve_format import PerlearnerOrgsUsersRetrieveFormat
from .....models.perlearner_user_list import PerlearnerUserList
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .activity import (
        AsyncPerlearnerOrgsUsersActivityResource,
        AsyncPerlearnerOrgsUsersActivityResourceWithRawResponse,
        PerlearnerOrgsUsersActivityResource,
        PerlearnerOrgsUsersActivityResourceWithRawResponse,
    )
    from .courses import (
        AsyncPerlearnerOrgsUsersCoursesResource,
        AsyncPerlearnerOrgsUsersCoursesResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesResource,
        PerlearnerOrgsUsersCoursesResourceWithRawResponse,
    )
    from .grades import (
        AsyncPerlearnerOrgsUsersGradesResource,
        AsyncPerlearnerOrgsUsersGradesResourceWithRawResponse,
        PerlearnerOrgsUsersGradesResource,
        PerlearnerOrgsUsersGradesResourceWithRawResponse,
    )
    from .info import (
        AsyncPerlearnerOrgsUsersInfoResource,
        AsyncPerlearnerOrgsUsersInfoResourceWithRawResponse,
        PerlearnerOrgsUsersInfoResource,
        PerlearnerOrgsUsersInfoResourceWithRawResponse,
    )
    from .last_access import (
        AsyncPerlearnerOrgsUsersLastAccessResource,
        AsyncPerlearnerOrgsUsersLastAccessResourceWithRawResponse,
        PerlearnerOrgsUsersLastAccessResource,
        PerlearnerOrgsUsersLastAccessResourceWithRawResponse,
    )
    from .overview import (
        AsyncPerlearnerOrgsUsersOverviewResource,
        AsyncPerlearnerOrgsUsersOverviewResourceWithRawResponse,
        PerlearnerOrgsUsersOverviewResource,
        PerlearnerOrgsUsersOverviewResourceWithRawResponse,
    )
    from .videos import (
        AsyncPerlearnerOrgsUsersVideosResource,
        AsyncPerlearnerOrgsUsersVideosResourceWithRawResponse,
        PerlearnerOrgsUsersVideosResource,
        PerlearnerOrgsUsersVideosResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersResource",
    "PerlearnerOrgsUsersResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersResource",
    "AsyncPerlearnerOrgsUsersResourceWithRawResponse",
]


class PerlearnerOrgsUsersResource:
    """`Client.perlearner.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def activity(self) -> PerlearnerOrgsUsersActivityResource:
        from .activity import PerlearnerOrgsUsersActivityResource

        return PerlearnerOrgsUsersActivityResource(self._client)

    @cached_property
    def courses(self) -> PerlearnerOrgsUsersCoursesResource:
        from .courses import PerlearnerOrgsUsersCoursesResource

        return PerlearnerOrgsUsersCoursesResource(self._client)

    @cached_property
    def grades(self) -> PerlearnerOrgsUsersGradesResource:
        from .grades import PerlearnerOrgsUsersGradesResource

        return PerlearnerOrgsUsersGradesResource(self._client)

    @cached_property
    def info(self) -> PerlearnerOrgsUsersInfoResource:
        from .info import PerlearnerOrgsUsersInfoResource

        return PerlearnerOrgsUsersInfoResource(self._client)

    @cached_property
    def last_access(self) -> PerlearnerOrgsUsersLastAccessResource:
        from .last_access import PerlearnerOrgsUsersLastAccessResource

        return PerlearnerOrgsUsersLastAccessResource(self._client)

    @cached_property
    def overview(self) -> PerlearnerOrgsUsersOverviewResource:
        from .overview import PerlearnerOrgsUsersOverviewResource

        return PerlearnerOrgsUsersOverviewResource(self._client)

    @cached_property
    def videos(self) -> PerlearnerOrgsUsersVideosResource:
        from .videos import PerlearnerOrgsUsersVideosResource

        return PerlearnerOrgsUsersVideosResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
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
            format_ (PerlearnerOrgsUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return self._client._send(
            _perlearner_orgs_users_retrieve.OPERATION,
            _perlearner_orgs_users_retrieve.build_request(
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


class PerlearnerOrgsUsersResourceWithRawResponse:
    """`Client.perlearner.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def activity(self) -> PerlearnerOrgsUsersActivityResourceWithRawResponse:
        from .activity import PerlearnerOrgsUsersActivityResourceWithRawResponse

        return PerlearnerOrgsUsersActivityResourceWithRawResponse(self._resource.activity)

    @cached_property
    def courses(self) -> PerlearnerOrgsUsersCoursesResourceWithRawResponse:
        from .courses import PerlearnerOrgsUsersCoursesResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def grades(self) -> PerlearnerOrgsUsersGradesResourceWithRawResponse:
        from .grades import PerlearnerOrgsUsersGradesResourceWithRawResponse

        return PerlearnerOrgsUsersGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def info(self) -> PerlearnerOrgsUsersInfoResourceWithRawResponse:
        from .info import PerlearnerOrgsUsersInfoResourceWithRawResponse

        return PerlearnerOrgsUsersInfoResourceWithRawResponse(self._resource.info)

    @cached_property
    def last_access(self) -> PerlearnerOrgsUsersLastAccessResourceWithRawResponse:
        from .last_access import PerlearnerOrgsUsersLastAccessResourceWithRawResponse

        return PerlearnerOrgsUsersLastAccessResourceWithRawResponse(self._resource.last_access)

    @cached_property
    def overview(self) -> PerlearnerOrgsUsersOverviewResourceWithRawResponse:
        from .overview import PerlearnerOrgsUsersOverviewResourceWithRawResponse

        return PerlearnerOrgsUsersOverviewResourceWithRawResponse(self._resource.overview)

    @cached_property
    def videos(self) -> PerlearnerOrgsUsersVideosResourceWithRawResponse:
        from .videos import PerlearnerOrgsUsersVideosResourceWithRawResponse

        return PerlearnerOrgsUsersVideosResourceWithRawResponse(self._resource.videos)


class AsyncPerlearnerOrgsUsersResource:
    """`AsyncClient.perlearner.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def activity(self) -> AsyncPerlearnerOrgsUsersActivityResource:
        from .activity import AsyncPerlearnerOrgsUsersActivityResource

        return AsyncPerlearnerOrgsUsersActivityResource(self._client)

    @cached_property
    def courses(self) -> AsyncPerlearnerOrgsUsersCoursesResource:
        from .courses import AsyncPerlearnerOrgsUsersCoursesResource

        return AsyncPerlearnerOrgsUsersCoursesResource(self._client)

    @cached_property
    def grades(self) -> AsyncPerlearnerOrgsUsersGradesResource:
        from .grades import AsyncPerlearnerOrgsUsersGradesResource

        return AsyncPerlearnerOrgsUsersGradesResource(self._client)

    @cached_property
    def info(self) -> AsyncPerlearnerOrgsUsersInfoResource:
        from .info import AsyncPerlearnerOrgsUsersInfoResource

        return AsyncPerlearnerOrgsUsersInfoResource(self._client)

    @cached_property
    def last_access(self) -> AsyncPerlearnerOrgsUsersLastAccessResource:
        from .last_access import AsyncPerlearnerOrgsUsersLastAccessResource

        return AsyncPerlearnerOrgsUsersLastAccessResource(self._client)

    @cached_property
    def overview(self) -> AsyncPerlearnerOrgsUsersOverviewResource:
        from .overview import AsyncPerlearnerOrgsUsersOverviewResource

        return AsyncPerlearnerOrgsUsersOverviewResource(self._client)

    @cached_property
    def videos(self) -> AsyncPerlearnerOrgsUsersVideosResource:
        from .videos import AsyncPerlearnerOrgsUsersVideosResource

        return AsyncPerlearnerOrgsUsersVideosResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
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
            format_ (PerlearnerOrgsUsersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return await self._client._send(
            _perlearner_orgs_users_retrieve.OPERATION,
            _perlearner_orgs_users_retrieve.build_request(
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


class AsyncPerlearnerOrgsUsersResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def activity(self) -> AsyncPerlearnerOrgsUsersActivityResourceWithRawResponse:
        from .activity import AsyncPerlearnerOrgsUsersActivityResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersActivityResourceWithRawResponse(self._resource.activity)

    @cached_property
    def courses(self) -> AsyncPerlearnerOrgsUsersCoursesResourceWithRawResponse:
        from .courses import AsyncPerlearnerOrgsUsersCoursesResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def grades(self) -> AsyncPerlearnerOrgsUsersGradesResourceWithRawResponse:
        from .grades import AsyncPerlearnerOrgsUsersGradesResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersGradesResourceWithRawResponse(self._resource.grades)

    @cached_property
    def info(self) -> AsyncPerlearnerOrgsUsersInfoResourceWithRawResponse:
        from .info import AsyncPerlearnerOrgsUsersInfoResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersInfoResourceWithRawResponse(self._resource.info)

    @cached_property
    def last_access(self) -> AsyncPerlearnerOrgsUsersLastAccessResourceWithRawResponse:
        from .last_access import AsyncPerlearnerOrgsUsersLastAccessResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersLastAccessResourceWithRawResponse(self._resource.last_access)

    @cached_property
    def overview(self) -> AsyncPerlearnerOrgsUsersOverviewResourceWithRawResponse:
        from .overview import AsyncPerlearnerOrgsUsersOverviewResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersOverviewResourceWithRawResponse(self._resource.overview)

    @cached_property
    def videos(self) -> AsyncPerlearnerOrgsUsersVideosResourceWithRawResponse:
        from .videos import AsyncPerlearnerOrgsUsersVideosResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersVideosResourceWithRawResponse(self._resource.videos)
