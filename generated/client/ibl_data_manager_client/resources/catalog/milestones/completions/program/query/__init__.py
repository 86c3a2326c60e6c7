"""`Client.catalog.milestones.completions.program.query`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_completions_program_query_retrieve as _catalog_milestones_completions_program_query_retrieve,
)
from .......models.program_completion_response import ProgramCompletionResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesCompletionsProgramQueryResource",
    "CatalogMilestonesCompletionsProgramQueryResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsProgramQueryResource",
    "AsyncCatalogMilestonesCompletionsProgramQueryResourceWithRawResponse",
]


class CatalogMilestonesCompletionsProgramQueryResource:
    """`Client.catalog.milestones.completions.program.query`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogMilestonesCompletionsProgramQueryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsProgramQueryResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramCompletionResponse:
        """Retrieve program completion information

        Args:
            program_key (str, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            ProgramCompletionResponse
        """
        return self._client._send(
            _catalog_milestones_completions_program_query_retrieve.OPERATION,
            _catalog_milestones_completions_program_query_retrieve.build_request(
                program_key=program_key, user_id=user_id, username=username
            ),
            options,
        )


class CatalogMilestonesCompletionsProgramQueryResourceWithRawResponse:
    """`Client.catalog.milestones.completions.program.query`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsProgramQueryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCatalogMilestonesCompletionsProgramQueryResource:
    """`AsyncClient.catalog.milestones.completions.program.query`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogMilestonesCompletionsProgramQueryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsProgramQueryResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        program_key: str,
        user_id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ProgramCompletionResponse:
        """Retrieve program completion information

        Args:
            program_key (str, query)
            user_id (int | Unset, query)
            username (str | Unset, query)

        Returns:
            ProgramCompletionResponse
        """
        return await self._client._send(
            _catalog_milestones_completions_program_query_retrieve.OPERATION,
            _catalog_milestones_completions_program_query_retrieve.build_request(
                program_key=program_key, user_id=user_id, username=username
            ),
            options,
        )


class AsyncCatalogMilestonesCompletionsProgramQueryResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.program.query`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsProgramQueryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
