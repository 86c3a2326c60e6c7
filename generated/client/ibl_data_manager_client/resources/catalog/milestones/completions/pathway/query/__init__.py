"""`Client.catalog.milestones.completions.pathway.query`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_completions_pathway_query_retrieve as _catalog_milestones_completions_pathway_query_retrieve,
)
from .......models.pathway_completion_response import PathwayCompletionResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesCompletionsPathwayQueryResource",
    "CatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsPathwayQueryResource",
    "AsyncCatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse",
]


class CatalogMilestonesCompletionsPathwayQueryResource:
    """`Client.catalog.milestones.completions.pathway.query`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        pathway_uuid: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayCompletionResponse:
        """Retrieve pathway completion information

        Args:
            pathway_uuid (str, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            PathwayCompletionResponse
        """
        return self._client._send(
            _catalog_milestones_completions_pathway_query_retrieve.OPERATION,
            _catalog_milestones_completions_pathway_query_retrieve.build_request(
                pathway_uuid=pathway_uuid, user_id=user_id, username=username
            ),
            options,
        )


class CatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse:
    """`Client.catalog.milestones.completions.pathway.query`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsPathwayQueryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogMilestonesCompletionsPathwayQueryResource:
    """`AsyncClient.catalog.milestones.completions.pathway.query`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        pathway_uuid: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PathwayCompletionResponse:
        """Retrieve pathway completion information

        Args:
            pathway_uuid (str, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            PathwayCompletionResponse
        """
        return await self._client._send(
            _catalog_milestones_completions_pathway_query_retrieve.OPERATION,
            _catalog_milestones_completions_pathway_query_retrieve.build_request(
                pathway_uuid=pathway_uuid, user_id=user_id, username=username
            ),
            options,
        )


class AsyncCatalogMilestonesCompletionsPathwayQueryResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.pathway.query`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsPathwayQueryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
