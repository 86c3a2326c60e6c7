"""`Client.overview.orgs.learners`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    overview_orgs_learners_retrieve as _overview_orgs_learners_retrieve,
)
from .....models.overview_orgs_learners_retrieve_format import OverviewOrgsLearnersRetrieveFormat
from .....models.perlearner_user_list import PerlearnerUserList
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "OverviewOrgsLearnersResource",
    "OverviewOrgsLearnersResourceWithRawResponse",
    "AsyncOverviewOrgsLearnersResource",
    "AsyncOverviewOrgsLearnersResourceWithRawResponse",
]


class OverviewOrgsLearnersResource:
    """`Client.overview.orgs.learners`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OverviewOrgsLearnersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OverviewOrgsLearnersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
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
            format_ (OverviewOrgsLearnersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return self._client._send(
            _overview_orgs_learners_retrieve.OPERATION,
            _overview_orgs_learners_retrieve.build_request(
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


class OverviewOrgsLearnersResourceWithRawResponse:
    """`Client.overview.orgs.learners`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OverviewOrgsLearnersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncOverviewOrgsLearnersResource:
    """`AsyncClient.overview.orgs.learners`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOverviewOrgsLearnersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOverviewOrgsLearnersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
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
            format_ (OverviewOrgsLearnersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            length (int | Unset, query)
            page (int | Unset, query)
            search (str | Unset, query)

        Returns:
            PerlearnerUserList
        """
        return await self._client._send(
            _overview_orgs_learners_retrieve.OPERATION,
            _overview_orgs_learners_retrieve.build_request(
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


class AsyncOverviewOrgsLearnersResourceWithRawResponse:
    """`AsyncClient.overview.orgs.learners`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOverviewOrgsLearnersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
