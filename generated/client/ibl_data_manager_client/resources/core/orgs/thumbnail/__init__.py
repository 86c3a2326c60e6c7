"""`Client.core.orgs.thumbnail`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_orgs_thumbnail_retrieve as _core_orgs_thumbnail_retrieve
from .....models.core_orgs_thumbnail_retrieve_response_200 import (
    CoreOrgsThumbnailRetrieveResponse200,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .create import (
        AsyncCoreOrgsThumbnailCreateResource,
        AsyncCoreOrgsThumbnailCreateResourceWithRawResponse,
        CoreOrgsThumbnailCreateResource,
        CoreOrgsThumbnailCreateResourceWithRawResponse,
    )

__all__ = [
    "CoreOrgsThumbnailResource",
    "CoreOrgsThumbnailResourceWithRawResponse",
    "AsyncCoreOrgsThumbnailResource",
    "AsyncCoreOrgsThumbnailResourceWithRawResponse",
]


class CoreOrgsThumbnailResource:
    """`Client.core.orgs.thumbnail`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsThumbnailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsThumbnailResourceWithRawResponse(self)

    @cached_property
    def create(self) -> CoreOrgsThumbnailCreateResource:
        from .create import CoreOrgsThumbnailCreateResource

        return CoreOrgsThumbnailCreateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> CoreOrgsThumbnailRetrieveResponse200:
        """Get platform logo

        Args:
            org (str, path)

        Returns:
            CoreOrgsThumbnailRetrieveResponse200
        """
        return self._client._send(
            _core_orgs_thumbnail_retrieve.OPERATION,
            _core_orgs_thumbnail_retrieve.build_request(org=org),
            options,
        )


class CoreOrgsThumbnailResourceWithRawResponse:
    """`Client.core.orgs.thumbnail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsThumbnailResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> CoreOrgsThumbnailCreateResourceWithRawResponse:
        from .create import CoreOrgsThumbnailCreateResourceWithRawResponse

        return CoreOrgsThumbnailCreateResourceWithRawResponse(self._resource.create)


class AsyncCoreOrgsThumbnailResource:
    """`AsyncClient.core.orgs.thumbnail`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsThumbnailResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsThumbnailResourceWithRawResponse(self)

    @cached_property
    def create(self) -> AsyncCoreOrgsThumbnailCreateResource:
        from .create import AsyncCoreOrgsThumbnailCreateResource

        return AsyncCoreOrgsThumbnailCreateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> CoreOrgsThumbnailRetrieveResponse200:
        """Get platform logo

        Args:
            org (str, path)

        Returns:
            CoreOrgsThumbnailRetrieveResponse200
        """
        return await self._client._send(
            _core_orgs_thumbnail_retrieve.OPERATION,
            _core_orgs_thumbnail_retrieve.build_request(org=org),
            options,
        )


class AsyncCoreOrgsThumbnailResourceWithRawResponse:
    """`AsyncClient.core.orgs.thumbnail`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsThumbnailResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> AsyncCoreOrgsThumbnailCreateResourceWithRawResponse:
        from .create import AsyncCoreOrgsThumbnailCreateResourceWithRawResponse

        return AsyncCoreOrgsThumbnailCreateResourceWithRawResponse(self._resource.create)
