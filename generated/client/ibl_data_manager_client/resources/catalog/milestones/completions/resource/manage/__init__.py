"""`Client.catalog.milestones.completions.resource.manage`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_completions_resource_manage_create as _catalog_milestones_completions_resource_manage_create,
)
from .......api.catalog import (
    catalog_milestones_completions_resource_manage_retrieve as _catalog_milestones_completions_resource_manage_retrieve,
)
from .......models.resource_completion import ResourceCompletion
from .......models.resource_completion_request import ResourceCompletionRequest

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CatalogMilestonesCompletionsResourceManageResource",
    "CatalogMilestonesCompletionsResourceManageResourceWithRawResponse",
    "AsyncCatalogMilestonesCompletionsResourceManageResource",
    "AsyncCatalogMilestonesCompletionsResourceManageResourceWithRawResponse",
]


class CatalogMilestonesCompletionsResourceManageResource:
    """`Client.catalog.milestones.completions.resource.manage`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> CatalogMilestonesCompletionsResourceManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogMilestonesCompletionsResourceManageResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        resource_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion:
        """Retrieve completion info for resource/user

        Args:
            resource_id (int, query)
            user_id (int, query)

        Returns:
            ResourceCompletion
        """
        return self._client._send(
            _catalog_milestones_completions_resource_manage_retrieve.OPERATION,
            _catalog_milestones_completions_resource_manage_retrieve.build_request(
                resource_id=resource_id, user_id=user_id
            ),
            options,
        )

    def create(
        self,
        *,
        resource_id: int,
        user_id: int,
        body: ResourceCompletionRequest,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion:
        """Create or update completion information for a specific resource and user

        Args:
            resource_id (int, query)
            user_id (int, query)
            body (ResourceCompletionRequest, request body): Request serializer for
                ResourceCompletionManagementView POST endpoint.

        Returns:
            ResourceCompletion
        """
        return self._client._send(
            _catalog_milestones_completions_resource_manage_create.OPERATION,
            _catalog_milestones_completions_resource_manage_create.build_request(
                resource_id=resource_id, user_id=user_id, body=body
            ),
            options,
        )


class CatalogMilestonesCompletionsResourceManageResourceWithRawResponse:
    """`Client.catalog.milestones.completions.resource.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogMilestonesCompletionsResourceManageResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCatalogMilestonesCompletionsResourceManageResource:
    """`AsyncClient.catalog.milestones.completions.resource.manage`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncCatalogMilestonesCompletionsResourceManageResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogMilestonesCompletionsResourceManageResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        resource_id: int,
        user_id: int,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion:
        """Retrieve completion info for resource/user

        Args:
            resource_id (int, query)
            user_id (int, query)

        Returns:
            ResourceCompletion
        """
        return await self._client._send(
            _catalog_milestones_completions_resource_manage_retrieve.OPERATION,
            _catalog_milestones_completions_resource_manage_retrieve.build_request(
                resource_id=resource_id, user_id=user_id
            ),
            options,
        )

    async def create(
        self,
        *,
        resource_id: int,
        user_id: int,
        body: ResourceCompletionRequest,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion:
        """Create or update completion information for a specific resource and user

        Args:
            resource_id (int, query)
            user_id (int, query)
            body (ResourceCompletionRequest, request body): Request serializer for
                ResourceCompletionManagementView POST endpoint.

        Returns:
            ResourceCompletion
        """
        return await self._client._send(
            _catalog_milestones_completions_resource_manage_create.OPERATION,
            _catalog_milestones_completions_resource_manage_create.build_request(
                resource_id=resource_id, user_id=user_id, body=body
            ),
            options,
        )


class AsyncCatalogMilestonesCompletionsResourceManageResourceWithRawResponse:
    """`AsyncClient.catalog.milestones.completions.resource.manage`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogMilestonesCompletionsResourceManageResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
