"""`Client.core.orgs.logo`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_orgs_logo_retrieve as _core_orgs_logo_retrieve
from .....models.core_orgs_logo_retrieve_response_200 import CoreOrgsLogoRetrieveResponse200

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .create import (
        AsyncCoreOrgsLogoCreateResource,
        AsyncCoreOrgsLogoCreateResourceWithRawResponse,
        CoreOrgsLogoCreateResource,
        CoreOrgsLogoCreateResourceWithRawResponse,
    )

__all__ = [
    "CoreOrgsLogoResource",
    "CoreOrgsLogoResourceWithRawResponse",
    "AsyncCoreOrgsLogoResource",
    "AsyncCoreOrgsLogoResourceWithRawResponse",
]


class CoreOrgsLogoResource:
    """`Client.core.orgs.logo`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsLogoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsLogoResourceWithRawResponse(self)

    @cached_property
    def create(self) -> CoreOrgsLogoCreateResource:
        from .create import CoreOrgsLogoCreateResource

        return CoreOrgsLogoCreateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> CoreOrgsLogoRetrieveResponse200:
        """Get platform logo

        Args:
            org (str, path)

        Returns:
            CoreOrgsLogoRetrieveResponse200
        """
        return self._client._send(
            _core_orgs_logo_retrieve.OPERATION,
            _core_orgs_logo_retrieve.build_request(org=org),
            options,
        )


class CoreOrgsLogoResourceWithRawResponse:
    """`Client.core.orgs.logo`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsLogoResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> CoreOrgsLogoCreateResourceWithRawResponse:
        from .create import CoreOrgsLogoCreateResourceWithRawResponse

        return CoreOrgsLogoCreateResourceWithRawResponse(self._resource.create)


class AsyncCoreOrgsLogoResource:
    """`AsyncClient.core.orgs.logo`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsLogoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsLogoResourceWithRawResponse(self)

    @cached_property
    def create(self) -> AsyncCoreOrgsLogoCreateResource:
        from .create import AsyncCoreOrgsLogoCreateResource

        return AsyncCoreOrgsLogoCreateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> CoreOrgsLogoRetrieveResponse200:
        """Get platform logo

        Args:
            org (str, path)

        Returns:
            CoreOrgsLogoRetrieveResponse200
        """
        return await self._client._send(
            _core_orgs_logo_retrieve.OPERATION,
            _core_orgs_logo_retrieve.build_request(org=org),
            options,
        )


class AsyncCoreOrgsLogoResourceWithRawResponse:
    """`AsyncClient.core.orgs.logo`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsLogoResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> AsyncCoreOrgsLogoCreateResourceWithRawResponse:
        from .create import AsyncCoreOrgsLogoCreateResourceWithRawResponse

        return AsyncCoreOrgsLogoCreateResourceWithRawResponse(self._resource.create)
