"""`Client.core.lti.resource_1p3`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .provider import (
        AsyncCoreLtiResource1p3ProviderResource,
        AsyncCoreLtiResource1p3ProviderResourceWithRawResponse,
        CoreLtiResource1p3ProviderResource,
        CoreLtiResource1p3ProviderResourceWithRawResponse,
    )

__all__ = [
    "CoreLtiResource1p3Resource",
    "CoreLtiResource1p3ResourceWithRawResponse",
    "AsyncCoreLtiResource1p3Resource",
    "AsyncCoreLtiResource1p3ResourceWithRawResponse",
]


class CoreLtiResource1p3Resource:
    """`Client.core.lti.resource_1p3`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreLtiResource1p3ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreLtiResource1p3ResourceWithRawResponse(self)

    @cached_property
    def provider(self) -> CoreLtiResource1p3ProviderResource:
        from .provider import CoreLtiResource1p3ProviderResource

        return CoreLtiResource1p3ProviderResource(self._client)


class CoreLtiResource1p3ResourceWithRawResponse:
    """`Client.core.lti.resource_1p3`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreLtiResource1p3Resource) -> None:
        self._resource = resource

    @cached_property
    def provider(self) -> CoreLtiResource1p3ProviderResourceWithRawResponse:
        from .provider import CoreLtiResource1p3ProviderResourceWithRawResponse

        return CoreLtiResource1p3ProviderResourceWithRawResponse(self._resource.provider)


class AsyncCoreLtiResource1p3Resource:
    """`AsyncClient.core.lti.resource_1p3`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreLtiResource1p3ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreLtiResource1p3ResourceWithRawResponse(self)

    @cached_property
    def provider(self) -> AsyncCoreLtiResource1p3ProviderResource:
        from .provider import AsyncCoreLtiResource1p3ProviderResource

        return AsyncCoreLtiResource1p3ProviderResource(self._client)


class AsyncCoreLtiResource1p3ResourceWithRawResponse:
    """`AsyncClient.core.lti.resource_1p3`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreLtiResource1p3Resource) -> None:
        self._resource = resource

    @cached_property
    def provider(self) -> AsyncCoreLtiResource1p3ProviderResourceWithRawResponse:
        from .provider import AsyncCoreLtiResource1p3ProviderResourceWithRawResponse

        return AsyncCoreLtiResource1p3ProviderResourceWithRawResponse(self._resource.provider)
