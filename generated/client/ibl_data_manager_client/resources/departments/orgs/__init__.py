"""`Client.departments.orgs`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.core import departments_orgs_retrieve as _departments_orgs_retrieve
from ....models.departments_orgs_retrieve_format import DepartmentsOrgsRetrieveFormat
from ....models.group_list import GroupList
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "DepartmentsOrgsResource",
    "DepartmentsOrgsResourceWithRawResponse",
    "AsyncDepartmentsOrgsResource",
    "AsyncDepartmentsOrgsResourceWithRawResponse",
]


class DepartmentsOrgsResource:
    """`Client.departments.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DepartmentsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return DepartmentsOrgsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: DepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupList:
        """Get a list of departments with metrics and filtering options.  This endpoint provides a
        paginated list of departments with aggregated metrics about learner performance, course
        completions, and skill acquisition.  Query Parameters:     page (int, optional): Page
        number for pagination     length (int, optional): Number of items per page     program
        (str, optional): Filter by program     pathway (str, optional): Filter by pathway
        departments (list, optional): Filter by department ids     department_id (str,
        optional): Filter by department id     location (str, optional): Filter by location
        is_enrolled (bool, optional): Filter for departments with enrolled users     start_date
        (date, optional): Filter by learner join date (start range)     end_date (date,
        optional): Filter by learner join date (end range)  Returns:     A paginated list of
        departments with comprehensive metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            departments (list[str] | Unset, query)
            end_date (datetime.date | Unset, query)
            format_ (DepartmentsOrgsRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            is_enrolled (bool | Unset, query)
            length (int | Unset, query)
            location (str | Unset, query)
            page (int | Unset, query)
            pathway (str | Unset, query)
            program (str | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            GroupList
        """
        return self._client._send(
            _departments_orgs_retrieve.OPERATION,
            _departments_orgs_retrieve.build_request(
                org=org,
                department_id=department_id,
                departments=departments,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                is_enrolled=is_enrolled,
                length=length,
                location=location,
                page=page,
                pathway=pathway,
                program=program,
                start_date=start_date,
            ),
            options,
        )


class DepartmentsOrgsResourceWithRawResponse:
    """`Client.departments.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: DepartmentsOrgsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncDepartmentsOrgsResource:
    """`AsyncClient.departments.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDepartmentsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncDepartmentsOrgsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: DepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupList:
        """Get a list of departments with metrics and filtering options.  This endpoint provides a
        paginated list of departments with aggregated metrics about learner performance, course
        completions, and skill acquisition.  Query Parameters:     page (int, optional): Page
        number for pagination     length (int, optional): Number of items per page     program
        (str, optional): Filter by program     pathway (str, optional): Filter by pathway
        departments (list, optional): Filter by department ids     department_id (str,
        optional): Filter by department id     location (str, optional): Filter by location
        is_enrolled (bool, optional): Filter for departments with enrolled users     start_date
        (date, optional): Filter by learner join date (start range)     end_date (date,
        optional): Filter by learner join date (end range)  Returns:     A paginated list of
        departments with comprehensive metrics.

        Args:
            org (str, path)
            department_id (int | Unset, query)
            departments (list[str] | Unset, query)
            end_date (datetime.date | Unset, query)
            format_ (DepartmentsOrgsRetrieveFormat | Unset, query)
            include_main_platform (bool | Unset, query)
            is_enrolled (bool | Unset, query)
            length (int | Unset, query)
            location (str | Unset, query)
            page (int | Unset, query)
            pathway (str | Unset, query)
            program (str | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            GroupList
        """
        return await self._client._send(
            _departments_orgs_retrieve.OPERATION,
            _departments_orgs_retrieve.build_request(
                org=org,
                department_id=department_id,
                departments=departments,
                end_date=end_date,
                format_=format_,
                include_main_platform=include_main_platform,
                is_enrolled=is_enrolled,
                length=length,
                location=location,
                page=page,
                pathway=pathway,
                program=program,
                start_date=start_date,
            ),
            options,
        )


class AsyncDepartmentsOrgsResourceWithRawResponse:
    """`AsyncClient.departments.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncDepartmentsOrgsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
