"""`Client.catalog.reviews.course.info`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_reviews_course_info_retrieve as _catalog_reviews_course_info_retrieve,
)
from ......models.course_review_info_response import CourseReviewInfoResponse

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogReviewsCourseInfoResource",
    "CatalogReviewsCourseInfoResourceWithRawResponse",
    "AsyncCatalogReviewsCourseInfoResource",
    "AsyncCatalogReviewsCourseInfoResourceWithRawResponse",
]


class CatalogReviewsCourseInfoResource:
    """`Client.catalog.reviews.course.info`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogReviewsCourseInfoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogReviewsCourseInfoResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewInfoResponse:
        """Retrieve aggregate review information for a course.

        Args:
            course_id (str, query)

        Returns:
            CourseReviewInfoResponse
        """
        return self._client._send(
            _catalog_reviews_course_info_retrieve.OPERATION,
            _catalog_reviews_course_info_retrieve.build_request(course_id=course_id),
            options,
        )


class CatalogReviewsCourseInfoResourceWithRawResponse:
    """`Client.catalog.reviews.course.info`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogReviewsCourseInfoResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogReviewsCourseInfoResource:
    """`AsyncClient.catalog.reviews.course.info`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogReviewsCourseInfoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogReviewsCourseInfoResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewInfoResponse:
        """Retrieve aggregate review information for a course.

        Args:
            course_id (str, query)

        Returns:
            CourseReviewInfoResponse
        """
        return await self._client._send(
            _catalog_reviews_course_info_retrieve.OPERATION,
            _catalog_reviews_course_info_retrieve.build_request(course_id=course_id),
            options,
        )


class AsyncCatalogReviewsCourseInfoResourceWithRawResponse:
    """`AsyncClient.catalog.reviews.course.info`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogReviewsCourseInfoResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
