"""`Client.catalog.reviews.program.update`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
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

    @overload
    def create(
        self,
        *,
        body: ProgramReviewRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramReview: ...

    @overload
    def create(
        self,
        *,
        program_key: str,
        username: str,
        user_id: int | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramReview: ...

    def create(
        self,
        *,
        body: ProgramReviewRequest | Unset = UNSET,
        program_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramReview:
        """Create or update a program review

        Args:
            body (ProgramReviewRequest, request body): Request serializer for
                ProgramReviewUpdateView POST endpoint.
            Or the body's fields as keywords instead of body=: program_key, username, user_id,
                rating, title, content, visible, metadata

        Returns:
            ProgramReview
        """
        body = body_from_fields(
            "catalog.reviews.program.update.create",
            body,
            ProgramReviewRequest,
            ["program_key", "username"],
            (
                ("program_key", "program_key", program_key),
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

    @overload
    async def create(
        self,
        *,
        body: ProgramReviewRequest,
        **options: Unpack[RequestOptions],
    ) -> ProgramReview: ...

    @overload
    async def create(
        self,
        *,
        program_key: str,
        username: str,
        user_id: int | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramReview: ...

    async def create(
        self,
        *,
        body: ProgramReviewRequest | Unset = UNSET,
        program_key: str | Unset = UNSET,
        username: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        rating: float | None | Unset = UNSET,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        visible: bool | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramReview:
        """Create or update a program review

        Args:
            body (ProgramReviewRequest, request body): Request serializer for
                ProgramReviewUpdateView POST endpoint.
            Or the body's fields as keywords instead of body=: program_key, username, user_id,
                rating, title, content, visible, metadata

        Returns:
            ProgramReview
        """
        body = body_from_fields(
            "catalog.reviews.program.update.create",
            body,
            ProgramReviewRequest,
            ["program_key", "username"],
            (
                ("program_key", "program_key", program_key),
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
