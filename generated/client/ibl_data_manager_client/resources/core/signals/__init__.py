"""`Client.core.signals`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .edx import (
        AsyncCoreSignalsEdxResource,
        AsyncCoreSignalsEdxResourceWithRawResponse,
        CoreSignalsEdxResource,
        CoreSignalsEdxResourceWithRawResponse,
    )

__all__ = [
    "CoreSignalsResource",
    "CoreSignalsResourceWithRawResponse",
    "AsyncCoreSignalsResource",
    "AsyncCoreSignalsResourceWithRawResponse",
]


class CoreSignalsResource:
    """`Client.core.signals`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreSignalsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreSignalsResourceWithRawResponse(self)

    @cached_property
    def edx(self) -> CoreSignalsEdxResource:
        from .edx import CoreSignalsEdxResource

        return CoreSignalsEdxResource(self._client)


class CoreSignalsResourceWithRawResponse:
    """`Client.core.signals`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreSignalsResource) -> None:
        self._resource = resource

    @cached_property
    def edx(self) -> CoreSignalsEdxResourceWithRawResponse:
        from .edx import CoreSignalsEdxResourceWithRawResponse

        return CoreSignalsEdxResourceWithRawResponse(self._resource.edx)


class AsyncCoreSignalsResource:
    """`AsyncClient.core.signals`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreSignalsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreSignalsResourceWithRawResponse(self)

    @cached_property
    def edx(self) -> AsyncCoreSignalsEdxResource:
        from .edx import AsyncCoreSignalsEdxResource

        return AsyncCoreSignalsEdxResource(self._client)


class AsyncCoreSignalsResourceWithRawResponse:
    """`AsyncClient.core.signals`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreSignalsResource) -> None:
        self._resource = resource

    @cached_property
    def edx(self) -> AsyncCoreSignalsEdxResourceWithRawResponse:
        from .edx import AsyncCoreSignalsEdxResourceWithRawResponse

        return AsyncCoreSignalsEdxResourceWithRawResponse(self._resource.edx)
