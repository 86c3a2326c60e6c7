"""`Client.catalog.milestones.completions.course.catalog`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_completions_course_catalog_retrieve as _catalog_milestones_completions_course_catalog_retrieve,
)
from .......models.catalog_milestones_completions_course_catalog_retrieve_response_200 import (
    CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesCompletionsCourseCatalogResource",
    "CatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsCourseCatalogResource",
    "AsyncCatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse",
]


class CatalogMilestonesCompletionsCourseCatalogResource:
    """`Client.catalog.milestones.completions.course.catalog`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        user_id: int,
        field_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200:
        """Retrieve catalog-compatible completion info for user

        Args:
            user_id (int, query)
            field_key (str | Unset, query)

        Returns:
            CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200
        """
        return self._client._send(
            _catalog_milestones_completions_course_catalog_retrieve.OPERATION,
            _catalog_milestones_completions_course_catalog_retrieve.build_request(
                user_id=user_id, field_key=field_key
            ),
            options,
        )


class CatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse:
    """`Client.catalog.milestones.completions.course.catalog`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsCourseCatalogResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogMilestonesCompletionsCourseCatalogResource:
    """`AsyncClient.catalog.milestones.completions.course.catalog`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        user_id: int,
        field_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200:
        """Retrieve catalog-compatible completion info for user

        Args:
            user_id (int, query)
            field_key (str | Unset, query)

        Returns:
            CatalogMilestonesCompletionsCourseCatalogRetrieveResponse200
        """
        return await self._client._send(
            _catalog_milestones_completions_course_catalog_retrieve.OPERATION,
            _catalog_milestones_completions_course_catalog_retrieve.build_request(
                user_id=user_id, field_key=field_key
            ),
            options,
        )


class AsyncCatalogMilestonesCompletionsCourseCatalogResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.course.catalog`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsCourseCatalogResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
