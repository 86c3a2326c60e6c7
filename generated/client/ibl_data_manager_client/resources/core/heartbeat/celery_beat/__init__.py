"""`Client.core.heartbeat.celery_beat`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import (
    core_heartbeat_celery_beat_retrieve as _core_heartbeat_celery_beat_retrieve,
)
from .....models.celery_heartbeat import CeleryHeartbeat

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreHeartbeatCeleryBeatResource",
    "CoreHeartbeatCeleryBeatResourceWithRawResponse",
    "AsyncCoreHeartbeatCeleryBeatResource",
    "AsyncCoreHeartbeatCeleryBeatResourceWithRawResponse",
]


class CoreHeartbeatCeleryBeatResource:
    """`Client.core.heartbeat.celery_beat`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreHeartbeatCeleryBeatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreHeartbeatCeleryBeatResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> CeleryHeartbeat:
        """**Use Case**      Celery Beat heartbeat endpoint.  **Example Request**      GET
        /api/core/heartbeat/celery-beat/  **Response Values**      * 200 on success.     * 500
        on failure.

        Returns:
            CeleryHeartbeat
        """
        return self._client._send(
            _core_heartbeat_celery_beat_retrieve.OPERATION,
            _core_heartbeat_celery_beat_retrieve.build_request(),
            options,
        )


class CoreHeartbeatCeleryBeatResourceWithRawResponse:
    """`Client.core.heartbeat.celery_beat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreHeartbeatCeleryBeatResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCoreHeartbeatCeleryBeatResource:
    """`AsyncClient.core.heartbeat.celery_beat`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreHeartbeatCeleryBeatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreHeartbeatCeleryBeatResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> CeleryHeartbeat:
        """**Use Case**      Celery Beat heartbeat endpoint.  **Example Request**      GET
        /api/core/heartbeat/celery-beat/  **Response Values**      * 200 on success.     * 500
        on failure.

        Returns:
            CeleryHeartbeat
        """
        return await self._client._send(
            _core_heartbeat_celery_beat_retrieve.OPERATION,
            _core_heartbeat_celery_beat_retrieve.build_request(),
            options,
        )


class AsyncCoreHeartbeatCeleryBeatResourceWithRawResponse:
    """`AsyncClient.core.heartbeat.celery_beat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreHeartbeatCeleryBeatResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
