"""`Client.catalog.enrollment.pathways.search`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_enrollment_pathways_search_retrieve as _catalog_enrollment_pathways_search_retrieve,
)
from ......models.pathway_enrollment_plus import PathwayEnrollmentPlus

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogEnrollmentPathwaysSearchResource",
    "CatalogEnrollmentPathwaysSearchResourceWithRawResponse",
    "AsyncCatalogEnrollmentPathwaysSearchResource",
    "AsyncCatalogEnrollmentPathwaysSearchResourceWithRawResponse",
]


class CatalogEnrollmentPathwaysSearchResource:
    """`Client.catalog.enrollment.pathways.search`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogEnrollmentPathwaysSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogEnrollmentPathwaysSearchResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollmentPlus:
        """Search pathway enrollments based on user or pathway identifiers. Returns paginated
        enrollment results.

        Returns:
            PathwayEnrollmentPlus
        """
        return self._client._send(
            _catalog_enrollment_pathways_search_retrieve.OPERATION,
            _catalog_enrollment_pathways_search_retrieve.build_request(),
            options,
        )


class CatalogEnrollmentPathwaysSearchResourceWithRawResponse:
    """`Client.catalog.enrollment.pathways.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogEnrollmentPathwaysSearchResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogEnrollmentPathwaysSearchResource:
    """`AsyncClient.catalog.enrollment.pathways.search`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogEnrollmentPathwaysSearchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogEnrollmentPathwaysSearchResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> PathwayEnrollmentPlus:
        """Search pathway enrollments based on user or pathway identifiers. Returns paginated
        enrollment results.

        Returns:
            PathwayEnrollmentPlus
        """
        return await self._client._send(
            _catalog_enrollment_pathways_search_retrieve.OPERATION,
            _catalog_enrollment_pathways_search_retrieve.build_request(),
            options,
        )


class AsyncCatalogEnrollmentPathwaysSearchResourceWithRawResponse:
    """`AsyncClient.catalog.enrollment.pathways.search`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogEnrollmentPathwaysSearchResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
