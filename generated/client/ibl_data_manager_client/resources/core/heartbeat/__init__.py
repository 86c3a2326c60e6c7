"""`Client.core.heartbeat`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .celery import (
        AsyncCoreHeartbeatCeleryResource,
        AsyncCoreHeartbeatCeleryResourceWithRawResponse,
        CoreHeartbeatCeleryResource,
        CoreHeartbeatCeleryResourceWithRawResponse,
    )
    from .celery_beat import (
        AsyncCoreHeartbeatCeleryBeatResource,
        AsyncCoreHeartbeatCeleryBeatResourceWithRawResponse,
        CoreHeartbeatCeleryBeatResource,
        CoreHeartbeatCeleryBeatResourceWithRawResponse,
    )

__all__ = [
    "CoreHeartbeatResource",
    "CoreHeartbeatResourceWithRawResponse",
    "AsyncCoreHeartbeatResource",
    "AsyncCoreHeartbeatResourceWithRawResponse",
]


class CoreHeartbeatResource:
    """`Client.core.heartbeat`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreHeartbeatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreHeartbeatResourceWithRawResponse(self)

    @cached_property
    def celery(self) -> CoreHeartbeatCeleryResource:
        from .celery import CoreHeartbeatCeleryResource

        return CoreHeartbeatCeleryResource(self._client)

    @cached_property
    def celery_beat(self) -> CoreHeartbeatCeleryBeatResource:
        from .celery_beat import CoreHeartbeatCeleryBeatResource

        return CoreHeartbeatCeleryBeatResource(self._client)


class CoreHeartbeatResourceWithRawResponse:
    """`Client.core.heartbeat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreHeartbeatResource) -> None:
        self._resource = resource

    @cached_property
    def celery(self) -> CoreHeartbeatCeleryResourceWithRawResponse:
        from .celery import CoreHeartbeatCeleryResourceWithRawResponse

        return CoreHeartbeatCeleryResourceWithRawResponse(self._resource.celery)

    @cached_property
    def celery_beat(self) -> CoreHeartbeatCeleryBeatResourceWithRawResponse:
        from .celery_beat import CoreHeartbeatCeleryBeatResourceWithRawResponse

        return CoreHeartbeatCeleryBeatResourceWithRawResponse(self._resource.celery_beat)


class AsyncCoreHeartbeatResource:
    """`AsyncClient.core.heartbeat`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreHeartbeatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreHeartbeatResourceWithRawResponse(self)

    @cached_property
    def celery(self) -> AsyncCoreHeartbeatCeleryResource:
        from .celery import AsyncCoreHeartbeatCeleryResource

        return AsyncCoreHeartbeatCeleryResource(self._client)

    @cached_property
    def celery_beat(self) -> AsyncCoreHeartbeatCeleryBeatResource:
        from .celery_beat import AsyncCoreHeartbeatCeleryBeatResource

        return AsyncCoreHeartbeatCeleryBeatResource(self._client)


class AsyncCoreHeartbeatResourceWithRawResponse:
    """`AsyncClient.core.heartbeat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreHeartbeatResource) -> None:
        self._resource = resource

    @cached_property
    def celery(self) -> AsyncCoreHeartbeatCeleryResourceWithRawResponse:
        from .celery import AsyncCoreHeartbeatCeleryResourceWithRawResponse

        return AsyncCoreHeartbeatCeleryResourceWithRawResponse(self._resource.celery)

    @cached_property
    def celery_beat(self) -> AsyncCoreHeartbeatCeleryBeatResourceWithRawResponse:
        from .celery_beat import AsyncCoreHeartbeatCeleryBeatResourceWithRawResponse

        return AsyncCoreHeartbeatCeleryBeatResourceWithRawResponse(self._resource.celery_beat)
