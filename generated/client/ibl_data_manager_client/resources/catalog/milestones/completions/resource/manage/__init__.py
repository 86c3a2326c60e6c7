"""`Client.catalog.milestones.completions.resource.manage`: 2 operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.catalog import (
    catalog_milestones_completions_resource_manage_create as _catalog_milestones_completions_resource_manage_create,
)
from .......api.catalog import (
    catalog_milestones_completions_resource_manage_retrieve as _catalog_milestones_completions_resource_manage_retrieve,
)
from .......models.resource_completion import ResourceCompletion
from .......models.resource_completion_request import ResourceCompletionRequest
from .......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        resource_id: int,
        user_id: int,
        body: ResourceCompletionRequest,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion: ...

    @overload
    def create(
        self,
        *,
        resource_id: int,
        user_id: int,
        body_resource_id: int,
        body_user_id: int,
        completed: bool | Unset = UNSET,
        completion_percentage: float | None | Unset = UNSET,
        completion_date: datetime.datetime | None | Unset = UNSET,
        completion_data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion: ...

    def create(
        self,
        *,
        resource_id: int,
        user_id: int,
        body: ResourceCompletionRequest | Unset = UNSET,
        body_resource_id: int | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        completed: bool | Unset = UNSET,
        completion_percentage: float | None | Unset = UNSET,
        completion_date: datetime.datetime | None | Unset = UNSET,
        completion_data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion:
        """Create or update completion information for a specific resource and user

        Args:
            resource_id (int, query)
            user_id (int, query)
            body (ResourceCompletionRequest, request body): Request serializer for
                ResourceCompletionManagementView POST endpoint.
            Or the body's fields as keywords instead of body=: body_resource_id, body_user_id,
                completed, completion_percentage, completion_date, completion_data

        Returns:
            ResourceCompletion
        """
        body = body_from_fields(
            "catalog.milestones.completions.resource.manage.create",
            body,
            ResourceCompletionRequest,
            ["body_resource_id", "body_user_id"],
            (
                ("body_resource_id", "resource_id", body_resource_id),
                ("body_user_id", "user_id", body_user_id),
                ("completed", "completed", completed),
                ("completion_percentage", "completion_percentage", completion_percentage),
                ("completion_date", "completion_date", completion_date),
                ("completion_data", "completion_data", completion_data),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        resource_id: int,
        user_id: int,
        body: ResourceCompletionRequest,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion: ...

    @overload
    async def create(
        self,
        *,
        resource_id: int,
        user_id: int,
        body_resource_id: int,
        body_user_id: int,
        completed: bool | Unset = UNSET,
        completion_percentage: float | None | Unset = UNSET,
        completion_date: datetime.datetime | None | Unset = UNSET,
        completion_data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion: ...

    async def create(
        self,
        *,
        resource_id: int,
        user_id: int,
        body: ResourceCompletionRequest | Unset = UNSET,
        body_resource_id: int | Unset = UNSET,
        body_user_id: int | Unset = UNSET,
        completed: bool | Unset = UNSET,
        completion_percentage: float | None | Unset = UNSET,
        completion_date: datetime.datetime | None | Unset = UNSET,
        completion_data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ResourceCompletion:
        """Create or update completion information for a specific resource and user

        Args:
            resource_id (int, query)
            user_id (int, query)
            body (ResourceCompletionRequest, request body): Request serializer for
                ResourceCompletionManagementView POST endpoint.
            Or the body's fields as keywords instead of body=: body_resource_id, body_user_id,
                completed, completion_percentage, completion_date, completion_data

        Returns:
            ResourceCompletion
        """
        body = body_from_fields(
            "catalog.milestones.completions.resource.manage.create",
            body,
            ResourceCompletionRequest,
            ["body_resource_id", "body_user_id"],
            (
                ("body_resource_id", "resource_id", body_resource_id),
                ("body_user_id", "user_id", body_user_id),
                ("completed", "completed", completed),
                ("completion_percentage", "completion_percentage", completion_percentage),
                ("completion_date", "completion_date", completion_date),
                ("completion_data", "completion_data", completion_data),
            ),
        )
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
