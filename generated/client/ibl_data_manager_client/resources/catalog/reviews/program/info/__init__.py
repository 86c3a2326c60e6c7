"""`Client.catalog.reviews.program.info`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_reviews_program_info_retrieve as _catalog_reviews_program_info_retrieve,
)
from ......models.program_review_info_response import ProgramReviewInfoResponse

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogReviewsProgramInfoResource",
    "CatalogReviewsProgramInfoResourceWithRawResponse",
    "AsyncCatalogReviewsProgramInfoResource",
    "AsyncCatalogReviewsProgramInfoResourceWithRawResponse",
]


class CatalogReviewsProgramInfoResource:
    """`Client.catalog.reviews.program.info`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogReviewsProgramInfoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogReviewsProgramInfoResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        program_key: str,
        **options: Unpack[RequestOptions],
    ) -> ProgramReviewInfoResponse:
        """Retrieve aggregate review information for a program.

        Args:
            program_key (str, query)

        Returns:
            ProgramReviewInfoResponse
        """
        return self._client._send(
            _catalog_reviews_program_info_retrieve.OPERATION,
            _catalog_reviews_program_info_retrieve.build_request(program_key=program_key),
            options,
        )


class CatalogReviewsProgramInfoResourceWithRawResponse:
    """`Client.catalog.reviews.program.info`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogReviewsProgramInfoResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogReviewsProgramInfoResource:
    """`AsyncClient.catalog.reviews.program.info`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogReviewsProgramInfoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogReviewsProgramInfoResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        program_key: str,
        **options: Unpack[RequestOptions],
    ) -> ProgramReviewInfoResponse:
        """Retrieve aggregate review information for a program.

        Args:
            program_key (str, query)

        Returns:
            ProgramReviewInfoResponse
        """
        return await self._client._send(
            _catalog_reviews_program_info_retrieve.OPERATION,
            _catalog_reviews_program_info_retrieve.build_request(program_key=program_key),
            options,
        )


class AsyncCatalogReviewsProgramInfoResourceWithRawResponse:
    """`AsyncClient.catalog.reviews.program.info`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogReviewsProgramInfoResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
