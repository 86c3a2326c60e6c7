"""`Client.core.orgs.dark_mode_logo`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_orgs_dark_mode_logo_retrieve as _core_orgs_dark_mode_logo_retrieve
from .....models.core_orgs_dark_mode_logo_retrieve_response_200 import (
    CoreOrgsDarkModeLogoRetrieveResponse200,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .create import (
        AsyncCoreOrgsDarkModeLogoCreateResource,
        AsyncCoreOrgsDarkModeLogoCreateResourceWithRawResponse,
        CoreOrgsDarkModeLogoCreateResource,
        CoreOrgsDarkModeLogoCreateResourceWithRawResponse,
    )

__all__ = [
    "CoreOrgsDarkModeLogoResource",
    "CoreOrgsDarkModeLogoResourceWithRawResponse",
    "AsyncCoreOrgsDarkModeLogoResource",
    "AsyncCoreOrgsDarkModeLogoResourceWithRawResponse",
]


class CoreOrgsDarkModeLogoResource:
    """`Client.core.orgs.dark_mode_logo`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreOrgsDarkModeLogoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreOrgsDarkModeLogoResourceWithRawResponse(self)

    @cached_property
    def create(self) -> CoreOrgsDarkModeLogoCreateResource:
        from .create import CoreOrgsDarkModeLogoCreateResource

        return CoreOrgsDarkModeLogoCreateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> CoreOrgsDarkModeLogoRetrieveResponse200:
        """Get platform logo

        Args:
            org (str, path)

        Returns:
            CoreOrgsDarkModeLogoRetrieveResponse200
        """
        return self._client._send(
            _core_orgs_dark_mode_logo_retrieve.OPERATION,
            _core_orgs_dark_mode_logo_retrieve.build_request(org=org),
            options,
        )


class CoreOrgsDarkModeLogoResourceWithRawResponse:
    """`Client.core.orgs.dark_mode_logo`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreOrgsDarkModeLogoResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> CoreOrgsDarkModeLogoCreateResourceWithRawResponse:
        from .create import CoreOrgsDarkModeLogoCreateResourceWithRawResponse

        return CoreOrgsDarkModeLogoCreateResourceWithRawResponse(self._resource.create)


class AsyncCoreOrgsDarkModeLogoResource:
    """`AsyncClient.core.orgs.dark_mode_logo`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreOrgsDarkModeLogoResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreOrgsDarkModeLogoResourceWithRawResponse(self)

    @cached_property
    def create(self) -> AsyncCoreOrgsDarkModeLogoCreateResource:
        from .create import AsyncCoreOrgsDarkModeLogoCreateResource

        return AsyncCoreOrgsDarkModeLogoCreateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> CoreOrgsDarkModeLogoRetrieveResponse200:
        """Get platform logo

        Args:
            org (str, path)

        Returns:
            CoreOrgsDarkModeLogoRetrieveResponse200
        """
        return await self._client._send(
            _core_orgs_dark_mode_logo_retrieve.OPERATION,
            _core_orgs_dark_mode_logo_retrieve.build_request(org=org),
            options,
        )


class AsyncCoreOrgsDarkModeLogoResourceWithRawResponse:
    """`AsyncClient.core.orgs.dark_mode_logo`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreOrgsDarkModeLogoResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def create(self) -> AsyncCoreOrgsDarkModeLogoCreateResourceWithRawResponse:
        from .create import AsyncCoreOrgsDarkModeLogoCreateResourceWithRawResponse

        return AsyncCoreOrgsDarkModeLogoCreateResourceWithRawResponse(self._resource.create)
