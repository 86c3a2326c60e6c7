"""`Client.catalog.recommendation.courses`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.catalog import (
    catalog_recommendation_courses_retrieve as _catalog_recommendation_courses_retrieve,
)
from .....models.course import Course
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CatalogRecommendationCoursesResource",
    "CatalogRecommendationCoursesResourceWithRawResponse",
    "AsyncCatalogRecommendationCoursesResource",
    "AsyncCatalogRecommendationCoursesResourceWithRawResponse",
]


class CatalogRecommendationCoursesResource:
    """`Client.catalog.recommendation.courses`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogRecommendationCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogRecommendationCoursesResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Course:
        """GET Get a 'next' course  This method retrieves the next recommended course for a user
        based on the provided parameters. It expects the following parameters in the request
        query: - user_id: The ID of the user for whom the next course is being recommended. -
        course_id: The ID of the current course. - org: The organization associated with the
        course.  Returns: - A serialized representation of the next course if found, with a
        status code of 200. - A status code of 400 if the course_id is not provided. - A status
        code of 200 with a None response if no next course is found.  Error Conditions: -
        Returns a 400 status code if the course_id is missing from the request parameters.  Side
        Effects: - None

        Args:
            course_id (str, query)
            org (str | Unset, query)
            user_id (str | Unset, query)

        Returns:
            Course
        """
        return self._client._send(
            _catalog_recommendation_courses_retrieve.OPERATION,
            _catalog_recommendation_courses_retrieve.build_request(
                course_id=course_id, org=org, user_id=user_id
            ),
            options,
        )


class CatalogRecommendationCoursesResourceWithRawResponse:
    """`Client.catalog.recommendation.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogRecommendationCoursesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogRecommendationCoursesResource:
    """`AsyncClient.catalog.recommendation.courses`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogRecommendationCoursesResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogRecommendationCoursesResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        course_id: str,
        org: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Course:
        """GET Get a 'next' course  This method retrieves the next recommended course for a user
        based on the provided parameters. It expects the following parameters in the request
        query: - user_id: The ID of the user for whom the next course is being recommended. -
        course_id: The ID of the current course. - org: The organization associated with the
        course.  Returns: - A serialized representation of the next course if found, with a
        status code of 200. - A status code of 400 if the course_id is not provided. - A status
        code of 200 with a None response if no next course is found.  Error Conditions: -
        Returns a 400 status code if the course_id is missing from the request parameters.  Side
        Effects: - None

        Args:
            course_id (str, query)
            org (str | Unset, query)
            user_id (str | Unset, query)

        Returns:
            Course
        """
        return await self._client._send(
            _catalog_recommendation_courses_retrieve.OPERATION,
            _catalog_recommendation_courses_retrieve.build_request(
                course_id=course_id, org=org, user_id=user_id
            ),
            options,
        )


class AsyncCatalogRecommendationCoursesResourceWithRawResponse:
    """`AsyncClient.catalog.recommendation.courses`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogRecommendationCoursesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
