"""`Client.catalog.eligibility.courses`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import catalog_eligibility_courses_list as _catalog_eligibility_courses_list
from .....models.course import Course
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .check import (
        AsyncCatalogEligibilityCoursesCheckResource,
        AsyncCatalogEligibilityCoursesCheckResourceWithRawResponse,
        CatalogEligibilityCoursesCheckResource,
        CatalogEligibilityCoursesCheckResourceWithRawResponse,
    )

__all__ = [
    "CatalogEligibilityCoursesResource",
    "CatalogEligibilityCoursesResourceWithRawResponse",
    "AsyncCatalogEligibilityCoursesResource",
    "AsyncCatalogEligibilityCoursesResourceWithRawResponse",
]


class CatalogEligibilityCoursesResource:
    """`Client.catalog.eligibility.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEligibilityCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEligibilityCoursesResourceWithRawResponse(self)

    @cached_property
    def check(self) -> CatalogEligibilityCoursesCheckResource:
        from .check import CatalogEligibilityCoursesCheckResource

        return CatalogEligibilityCoursesCheckResource(self._client)

    def list(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Course]:
        """List courses that a user is eligible for.

        Args:
            org (str | Unset, query)
            query (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            list[Course]
        """
        return self._client._send(
            _catalog_eligibility_courses_list.OPERATION,
            _catalog_eligibility_courses_list.build_request(
                org=org, query=query, user_id=user_id, username=username
            ),
            options,
        )


class CatalogEligibilityCoursesResourceWithRawResponse:
    """`Client.catalog.eligibility.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEligibilityCoursesResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)

    @cached_property
    def check(self) -> CatalogEligibilityCoursesCheckResourceWithRawResponse:
        from .check import CatalogEligibilityCoursesCheckResourceWithRawResponse

        return CatalogEligibilityCoursesCheckResourceWithRawResponse(self._resource.check)


class AsyncCatalogEligibilityCoursesResource:
    """`AsyncClient.catalog.eligibility.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEligibilityCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEligibilityCoursesResourceWithRawResponse(self)

    @cached_property
    def check(self) -> AsyncCatalogEligibilityCoursesCheckResource:
        from .check import AsyncCatalogEligibilityCoursesCheckResource

        return AsyncCatalogEligibilityCoursesCheckResource(self._client)

    async def list(
        self,
        *,
        org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Course]:
        """List courses that a user is eligible for.

        Args:
            org (str | Unset, query)
            query (str | Unset, query)
            user_id (str | Unset, query)
            username (str | Unset, query)

        Returns:
            list[Course]
        """
        return await self._client._send(
            _catalog_eligibility_courses_list.OPERATION,
            _catalog_eligibility_courses_list.build_request(
                org=org, query=query, user_id=user_id, username=username
            ),
            options,
        )


class AsyncCatalogEligibilityCoursesResourceWithRawResponse:
    """`AsyncClient.catalog.eligibility.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEligibilityCoursesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)

    @cached_property
    def check(self) -> AsyncCatalogEligibilityCoursesCheckResourceWithRawResponse:
        from .check import AsyncCatalogEligibilityCoursesCheckResourceWithRawResponse

        return AsyncCatalogEligibilityCoursesCheckResourceWithRawResponse(self._resource.check)
