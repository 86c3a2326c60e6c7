"""`Client.core.heartbeat.celery`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_heartbeat_celery_retrieve as _core_heartbeat_celery_retrieve

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CoreHeartbeatCeleryResource",
    "CoreHeartbeatCeleryResourceWithRawResponse",
    "AsyncCoreHeartbeatCeleryResource",
    "AsyncCoreHeartbeatCeleryResourceWithRawResponse",
]


class CoreHeartbeatCeleryResource:
    """`Client.core.heartbeat.celery`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreHeartbeatCeleryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreHeartbeatCeleryResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """**Use Case**      Celery heartbeat endpoint.  **Example Request**      GET
        /api/core/heartbeat/celery/  **Response Values**      * 200 on success.     * 500 on
        failure.

        Returns:
            None
        """
        return self._client._send(
            _core_heartbeat_celery_retrieve.OPERATION,
            _core_heartbeat_celery_retrieve.build_request(),
            options,
        )


class CoreHeartbeatCeleryResourceWithRawResponse:
    """`Client.core.heartbeat.celery`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreHeartbeatCeleryResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCoreHeartbeatCeleryResource:
    """`AsyncClient.core.heartbeat.celery`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreHeartbeatCeleryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreHeartbeatCeleryResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """**Use Case**      Celery heartbeat endpoint.  **Example Request**      GET
        /api/core/heartbeat/celery/  **Response Values**      * 200 on success.     * 500 on
        failure.

        Returns:
            None
        """
        return await self._client._send(
            _core_heartbeat_celery_retrieve.OPERATION,
            _core_heartbeat_celery_retrieve.build_request(),
            options,
        )


class AsyncCoreHeartbeatCeleryResourceWithRawResponse:
    """`AsyncClient.core.heartbeat.celery`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreHeartbeatCeleryResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
