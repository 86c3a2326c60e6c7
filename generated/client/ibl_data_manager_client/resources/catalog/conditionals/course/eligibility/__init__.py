"""`Client.catalog.conditionals.course.eligibility`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_conditionals_course_eligibility_retrieve as _catalog_conditionals_course_eligibility_retrieve,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogConditionalsCourseEligibilityResource",
    "CatalogConditionalsCourseEligibilityResourceWithRawResponse",
    "AsyncCatalogConditionalsCourseEligibilityResource",
    "AsyncCatalogConditionalsCourseEligibilityResourceWithRawResponse",
]


class CatalogConditionalsCourseEligibilityResource:
    """`Client.catalog.conditionals.course.eligibility`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogConditionalsCourseEligibilityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogConditionalsCourseEligibilityResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET Retrieve prerequisite eligibility info for user/course  Params: user_id/username
        course_id

        Returns:
            None
        """
        return self._client._send(
            _catalog_conditionals_course_eligibility_retrieve.OPERATION,
            _catalog_conditionals_course_eligibility_retrieve.build_request(),
            options,
        )


class CatalogConditionalsCourseEligibilityResourceWithRawResponse:
    """`Client.catalog.conditionals.course.eligibility`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogConditionalsCourseEligibilityResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogConditionalsCourseEligibilityResource:
    """`AsyncClient.catalog.conditionals.course.eligibility`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogConditionalsCourseEligibilityResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogConditionalsCourseEligibilityResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """GET Retrieve prerequisite eligibility info for user/course  Params: user_id/username
        course_id

        Returns:
            None
        """
        return await self._client._send(
            _catalog_conditionals_course_eligibility_retrieve.OPERATION,
            _catalog_conditionals_course_eligibility_retrieve.build_request(),
            options,
        )


class AsyncCatalogConditionalsCourseEligibilityResourceWithRawResponse:
    """`AsyncClient.catalog.conditionals.course.eligibility`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogConditionalsCourseEligibilityResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
