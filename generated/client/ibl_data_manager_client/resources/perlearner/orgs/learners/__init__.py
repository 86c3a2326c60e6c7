"""`Client.perlearner.orgs.learners`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    perlearner_orgs_learners_retrieve as _perlearner_orgs_learners_retrieve,
)
from .....models.new_per_learner_list import NewPerLearnerList
from .....models.perlearner_orgs_learners_retrieve_format import (
    PerlearnerOrgsLearnersRetrieveFormat,
)
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "PerlearnerOrgsLearnersResource",
    "PerlearnerOrgsLearnersResourceWithRawResponse",
    "AsyncPerlearnerOrgsLearnersResource",
    "AsyncPerlearnerOrgsLearnersResourceWithRawResponse",
]


class PerlearnerOrgsLearnersResource:
    """`Client.perlearner.orgs.learners`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsLearnersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsLearnersResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewPerLearnerList:
        """Enhanced API endpoint for listing learners with comprehensive filtering.  This endpoint
        provides a paginated list of learners with detailed metrics and supports advanced
        filtering options. It uses DM token authentication and respects department-based access
        controls.  Query Parameters:     page (int): Page number for pagination     length
        (int): Number of items per page     search (str): Filter by username, email, or full
        name     program (str): Filter by program     location (str): Filter by location
        is_enrolled (bool): Filter for users with enrollments     platform (str): Filter by
        platform     start_date (date): Filter by join date (start range)     end_date (date):
        Filter by join date (end range)  Returns:     A paginated list of learners with
        comprehensive metrics including:     - Course enrollments and completions     - Time
        spent on platform     - Pathway progress     - Certificate and skill information     -
        Location data  Access Control:     - Platform admins can see all learners     -
        Department admins can only see learners in their departments

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (datetime.date | Unset, query)
            format_ (PerlearnerOrgsLearnersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            is_enrolled (bool | Unset, query)
            length (int | Unset, query)
            location (str | Unset, query)
            page (int | Unset, query)
            platform (str | Unset, query)
            program (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            NewPerLearnerList
        """
        return self._client._send(
            _perlearner_orgs_learners_retrieve.OPERATION,
            _perlearner_orgs_learners_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                is_enrolled=is_enrolled,
                length=length,
                location=location,
                page=page,
                platform=platform,
                program=program,
                search=search,
                start_date=start_date,
            ),
            options,
        )


class PerlearnerOrgsLearnersResourceWithRawResponse:
    """`Client.perlearner.orgs.learners`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsLearnersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncPerlearnerOrgsLearnersResource:
    """`AsyncClient.perlearner.orgs.learners`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsLearnersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsLearnersResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NewPerLearnerList:
        """Enhanced API endpoint for listing learners with comprehensive filtering.  This endpoint
        provides a paginated list of learners with detailed metrics and supports advanced
        filtering options. It uses DM token authentication and respects department-based access
        controls.  Query Parameters:     page (int): Page number for pagination     length
        (int): Number of items per page     search (str): Filter by username, email, or full
        name     program (str): Filter by program     location (str): Filter by location
        is_enrolled (bool): Filter for users with enrollments     platform (str): Filter by
        platform     start_date (date): Filter by join date (start range)     end_date (date):
        Filter by join date (end range)  Returns:     A paginated list of learners with
        comprehensive metrics including:     - Course enrollments and completions     - Time
        spent on platform     - Pathway progress     - Certificate and skill information     -
        Location data  Access Control:     - Platform admins can see all learners     -
        Department admins can only see learners in their departments

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (datetime.date | Unset, query)
            format_ (PerlearnerOrgsLearnersRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            is_enrolled (bool | Unset, query)
            length (int | Unset, query)
            location (str | Unset, query)
            page (int | Unset, query)
            platform (str | Unset, query)
            program (str | Unset, query)
            search (str | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            NewPerLearnerList
        """
        return await self._client._send(
            _perlearner_orgs_learners_retrieve.OPERATION,
            _perlearner_orgs_learners_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                is_enrolled=is_enrolled,
                length=length,
                location=location,
                page=page,
                platform=platform,
                program=program,
                search=search,
                start_date=start_date,
            ),
            options,
        )


class AsyncPerlearnerOrgsLearnersResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.learners`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsLearnersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
