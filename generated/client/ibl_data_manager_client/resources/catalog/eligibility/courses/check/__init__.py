"""`Client.catalog.eligibility.courses.check`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_eligibility_courses_check_retrieve as _catalog_eligibility_courses_check_retrieve,
)
from ......models.catalog_eligibility_courses_check_retrieve_response_200 import (
    CatalogEligibilityCoursesCheckRetrieveResponse200,
)
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogEligibilityCoursesCheckResource",
    "CatalogEligibilityCoursesCheckResourceWithRawResponse",
    "AsyncCatalogEligibilityCoursesCheckResource",
    "AsyncCatalogEligibilityCoursesCheckResourceWithRawResponse",
]


class CatalogEligibilityCoursesCheckResource:
    """`Client.catalog.eligibility.courses.check`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEligibilityCoursesCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEligibilityCoursesCheckResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        local_only: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogEligibilityCoursesCheckRetrieveResponse200:
        """Check whether a user is eligible to enroll in a specific course.

        Args:
            course_id (str, query)
            local_only (bool | Unset, query)
            org (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            CatalogEligibilityCoursesCheckRetrieveResponse200
        """
        return self._client._send(
            _catalog_eligibility_courses_check_retrieve.OPERATION,
            _catalog_eligibility_courses_check_retrieve.build_request(
                course_id=course_id,
                local_only=local_only,
                org=org,
                user_id=user_id,
                username=username,
            ),
            options,
        )


class CatalogEligibilityCoursesCheckResourceWithRawResponse:
    """`Client.catalog.eligibility.courses.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEligibilityCoursesCheckResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogEligibilityCoursesCheckResource:
    """`AsyncClient.catalog.eligibility.courses.check`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEligibilityCoursesCheckResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEligibilityCoursesCheckResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        local_only: bool | Unset = UNSET,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogEligibilityCoursesCheckRetrieveResponse200:
        """Check whether a user is eligible to enroll in a specific course.

        Args:
            course_id (str, query)
            local_only (bool | Unset, query)
            org (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            CatalogEligibilityCoursesCheckRetrieveResponse200
        """
        return await self._client._send(
            _catalog_eligibility_courses_check_retrieve.OPERATION,
            _catalog_eligibility_courses_check_retrieve.build_request(
                course_id=course_id,
                local_only=local_only,
                org=org,
                user_id=user_id,
                username=username,
            ),
            options,
        )


class AsyncCatalogEligibilityCoursesCheckResourceWithRawResponse:
    """`AsyncClient.catalog.eligibility.courses.check`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEligibilityCoursesCheckResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
