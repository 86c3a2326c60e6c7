"""`Client.catalog.reviews.course.update`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_reviews_course_update_create as _catalog_reviews_course_update_create,
)
from ......api.catalog import (
    catalog_reviews_course_update_destroy as _catalog_reviews_course_update_destroy,
)
from ......models.course_review_request import CourseReviewRequest
from ......models.course_review_response import CourseReviewResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogReviewsCourseUpdateResource",
    "CatalogReviewsCourseUpdateResourceWithRawResponse",
    "AsyncCatalogReviewsCourseUpdateResource",
    "AsyncCatalogReviewsCourseUpdateResourceWithRawResponse",
]


class CatalogReviewsCourseUpdateResource:
    """`Client.catalog.reviews.course.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogReviewsCourseUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogReviewsCourseUpdateResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        course_id: str,
        username: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a course review

        Args:
            course_id (str, query)
            username (str, query)
            user_id (int | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_reviews_course_update_destroy.OPERATION,
            _catalog_reviews_course_update_destroy.build_request(
                course_id=course_id, username=username, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: CourseReviewRequest,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewResponse: ...

    @overload
    def create(
        self,
        *,
        course_id: str,
        username: str,
        user_id: int | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewResponse: ...

    def create(
        self,
        *,
        body: CourseReviewRequest | Unset = UNSET,
        course_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewResponse:
        """Create or update a course review

        Args:
            body (CourseReviewRequest, request body): Request serializer for
                CourseReviewUpdateView POST endpoint.
            Or the body's fields as keywords instead of body=: course_id, username, user_id,
                rating, title, content, visible, metadata

        Returns:
            CourseReviewResponse
        """
        body = body_from_fields(
            "catalog.reviews.course.update.create",
            body,
            CourseReviewRequest,
            ["course_id", "username"],
            (
                ("course_id", "course_id", course_id),
                ("username", "username", username),
                ("user_id", "user_id", user_id),
                ("rating", "rating", rating),
                ("title", "title", title),
                ("content", "content", content),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
            ),
        )
        return self._client._send(
            _catalog_reviews_course_update_create.OPERATION,
            _catalog_reviews_course_update_create.build_request(body=body),
            options,
        )


class CatalogReviewsCourseUpdateResourceWithRawResponse:
    """`Client.catalog.reviews.course.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogReviewsCourseUpdateResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.create = to_raw_response(resource.create)


class AsyncCatalogReviewsCourseUpdateResource:
    """`AsyncClient.catalog.reviews.course.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogReviewsCourseUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogReviewsCourseUpdateResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        course_id: str,
        username: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a course review

        Args:
            course_id (str, query)
            username (str, query)
            user_id (int | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_reviews_course_update_destroy.OPERATION,
            _catalog_reviews_course_update_destroy.build_request(
                course_id=course_id, username=username, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: CourseReviewRequest,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewResponse: ...

    @overload
    async def create(
        self,
        *,
        course_id: str,
        username: str,
        user_id: int | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewResponse: ...

    async def create(
        self,
        *,
        body: CourseReviewRequest | Unset = UNSET,
        course_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CourseReviewResponse:
        """Create or update a course review

        Args:
            body (CourseReviewRequest, request body): Request serializer for
                CourseReviewUpdateView POST endpoint.
            Or the body's fields as keywords instead of body=: course_id, username, user_id,
                rating, title, content, visible, metadata

        Returns:
            CourseReviewResponse
        """
        body = body_from_fields(
            "catalog.reviews.course.update.create",
            body,
            CourseReviewRequest,
            ["course_id", "username"],
            (
                ("course_id", "course_id", course_id),
                ("username", "username", username),
                ("user_id", "user_id", user_id),
                ("rating", "rating", rating),
                ("title", "title", title),
                ("content", "content", content),
                ("visible", "visible", visible),
                ("metadata", "metadata", metadata),
            ),
        )
        return await self._client._send(
            _catalog_reviews_course_update_create.OPERATION,
            _catalog_reviews_course_update_create.build_request(body=body),
            options,
        )


class AsyncCatalogReviewsCourseUpdateResourceWithRawResponse:
    """`AsyncClient.catalog.reviews.course.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogReviewsCourseUpdateResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.create = async_to_raw_response(resource.create)
