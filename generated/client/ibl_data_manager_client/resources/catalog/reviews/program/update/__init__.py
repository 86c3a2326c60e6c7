"""`Client.catalog.reviews.program.update`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.catalog import (
    catalog_reviews_program_update_create as _catalog_reviews_program_update_create,
)
from ......api.catalog import (
    catalog_reviews_program_update_destroy as _catalog_reviews_program_update_destroy,
)
from ......models.program_review import ProgramReview
from ......models.program_review_request import ProgramReviewRequest
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "CatalogReviewsProgramUpdateResource",
    "CatalogReviewsProgramUpdateResourceWithRawResponse",
    "AsyncCatalogReviewsProgramUpdateResource",
    "AsyncCatalogReviewsProgramUpdateResourceWithRawResponse",
]


class CatalogReviewsProgramUpdateResource:
    """`Client.catalog.reviews.program.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogReviewsProgramUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogReviewsProgramUpdateResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        program_key: str,
        username: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a program review

        Args:
            program_key (str, query)
            username (str, query)
            user_id (int | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _catalog_reviews_program_update_destroy.OPERATION,
            _catalog_reviews_program_update_destroy.build_request(
                program_key=program_key, username=username, user_id=user_id
            ),
            options,
        )

    def create(
        self,
        *,
        body: ProgramReviewRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramReview:
        """Create or update a program review

        Args:
            body (ProgramReviewRequest, request body): Request serializer for
                ProgramReviewUpdateView POST endpoint.

        Returns:
            ProgramReview
        """
        return self._client._send(
            _catalog_reviews_program_update_create.OPERATION,
            _catalog_reviews_program_update_create.build_request(body=body),
            options,
        )


class CatalogReviewsProgramUpdateResourceWithRawResponse:
    """`Client.catalog.reviews.program.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogReviewsProgramUpdateResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.create = to_raw_response(resource.create)


class AsyncCatalogReviewsProgramUpdateResource:
    """`AsyncClient.catalog.reviews.program.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogReviewsProgramUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogReviewsProgramUpdateResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        program_key: str,
        username: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a program review

        Args:
            program_key (str, query)
            username (str, query)
            user_id (int | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _catalog_reviews_program_update_destroy.OPERATION,
            _catalog_reviews_program_update_destroy.build_request(
                program_key=program_key, username=username, user_id=user_id
            ),
            options,
        )

    async def create(
        self,
        *,
        body: ProgramReviewRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramReview:
        """Create or update a program review

        Args:
            body (ProgramReviewRequest, request body): Request serializer for
                ProgramReviewUpdateView POST endpoint.

        Returns:
            ProgramReview
        """
        return await self._client._send(
            _catalog_reviews_program_update_create.OPERATION,
            _catalog_reviews_program_update_create.build_request(body=body),
            options,
        )


class AsyncCatalogReviewsProgramUpdateResourceWithRawResponse:
    """`AsyncClient.catalog.reviews.program.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogReviewsProgramUpdateResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.create = async_to_raw_response(resource.create)
