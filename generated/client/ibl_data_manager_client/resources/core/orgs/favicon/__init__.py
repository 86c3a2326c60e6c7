"""`Client.core.orgs.favicon`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_orgs_favicon_retrieve as _core_orgs_favicon_retrieve
from .....models.core_orgs_favicon_retrieve_response_200 import CoreOrgsFaviconRetrieveResponse200

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .create import (
        AsyncCoreOrgsFaviconCreateResource,
        AsyncCoreOrgsFaviconCreateResourceWithRawResponse,
        CoreOrgsFaviconCreateResource,
        CoreOrgsFaviconCreateResourceWithRawResponse,
    )

__all__ = [
    "CoreOrgsFaviconResource",
    "CoreOrgsFaviconResourceWithRawResponse",
    "AsyncCoreOrgsFaviconResource",
    "AsyncCoreOrgsFaviconResourceWithRawResponse",
]


class CoreOrgsFaviconResource:
    """`Client.core.orgs.favicon`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsFaviconResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsFaviconResourceWithRawResponse(self)

    @cached_property
    def create(self) -> CoreOrgsFaviconCreateResource:
        from .create import CoreOrgsFaviconCreateResource

        return CoreOrgsFaviconCreateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> CoreOrgsFaviconRetrieveResponse200:
        """Get platform logo

        Args:
            org (str, path)

        Returns:
            CoreOrgsFaviconRetrieveResponse200
        """
        return self._client._send(
            _core_orgs_favicon_retrieve.OPERATION,
            _core_orgs_favicon_retrieve.build_request(org=org),
            options,
        )


class CoreOrgsFaviconResourceWithRawResponse:
    """`Client.core.orgs.favicon`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsFaviconResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> CoreOrgsFaviconCreateResourceWithRawResponse:
        from .create import CoreOrgsFaviconCreateResourceWithRawResponse

        return CoreOrgsFaviconCreateResourceWithRawResponse(self._resource.create)


class AsyncCoreOrgsFaviconResource:
    """`AsyncClient.core.orgs.favicon`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsFaviconResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsFaviconResourceWithRawResponse(self)

    @cached_property
    def create(self) -> AsyncCoreOrgsFaviconCreateResource:
        from .create import AsyncCoreOrgsFaviconCreateResource

        return AsyncCoreOrgsFaviconCreateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> CoreOrgsFaviconRetrieveResponse200:
        """Get platform logo

        Args:
            org (str, path)

        Returns:
            CoreOrgsFaviconRetrieveResponse200
        """
        return await self._client._send(
            _core_orgs_favicon_retrieve.OPERATION,
            _core_orgs_favicon_retrieve.build_request(org=org),
            options,
        )


class AsyncCoreOrgsFaviconResourceWithRawResponse:
    """`AsyncClient.core.orgs.favicon`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsFaviconResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> AsyncCoreOrgsFaviconCreateResourceWithRawResponse:
        from .create import AsyncCoreOrgsFaviconCreateResourceWithRawResponse

        return AsyncCoreOrgsFaviconCreateResourceWithRawResponse(self._resource.create)
