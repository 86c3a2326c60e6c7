"""`Client.core.lti`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .resource_1p3 import (
        AsyncCoreLtiResource1p3Resource,
        AsyncCoreLtiResource1p3ResourceWithRawResponse,
        CoreLtiResource1p3Resource,
        CoreLtiResource1p3ResourceWithRawResponse,
    )

__all__ = [
    "CoreLtiResource",
    "CoreLtiResourceWithRawResponse",
    "AsyncCoreLtiResource",
    "AsyncCoreLtiResourceWithRawResponse",
]


class CoreLtiResource:
    """`Client.core.lti`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreLtiResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreLtiResourceWithRawResponse(self)

    @cached_property
    def resource_1p3(self) -> CoreLtiResource1p3Resource:
        from .resource_1p3 import CoreLtiResource1p3Resource

        return CoreLtiResource1p3Resource(self._client)


class CoreLtiResourceWithRawResponse:
    """`Client.core.lti`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreLtiResource) -> None:
        self._resource = resource

    @cached_property
    def resource_1p3(self) -> CoreLtiResource1p3ResourceWithRawResponse:
        from .resource_1p3 import CoreLtiResource1p3ResourceWithRawResponse

        return CoreLtiResource1p3ResourceWithRawResponse(self._resource.resource_1p3)


class AsyncCoreLtiResource:
    """`AsyncClient.core.lti`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreLtiResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreLtiResourceWithRawResponse(self)

    @cached_property
    def resource_1p3(self) -> AsyncCoreLtiResource1p3Resource:
        from .resource_1p3 import AsyncCoreLtiResource1p3Resource

        return AsyncCoreLtiResource1p3Resource(self._client)


class AsyncCoreLtiResourceWithRawResponse:
    """`AsyncClient.core.lti`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreLtiResource) -> None:
        self._resource = resource

    @cached_property
    def resource_1p3(self) -> AsyncCoreLtiResource1p3ResourceWithRawResponse:
        from .resource_1p3 import AsyncCoreLtiResource1p3ResourceWithRawResponse

        return AsyncCoreLtiResource1p3ResourceWithRawResponse(self._resource.resource_1p3)
