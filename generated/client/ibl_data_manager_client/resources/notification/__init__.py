"""`Client.notification`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .v1 import (
        AsyncNotificationV1Resource,
        AsyncNotificationV1ResourceWithRawResponse,
        NotificationV1Resource,
        NotificationV1ResourceWithRawResponse,
    )

__all__ = [
    "NotificationResource",
    "NotificationResourceWithRawResponse",
    "AsyncNotificationResource",
    "AsyncNotificationResourceWithRawResponse",
]


class NotificationResource:
    """`Client.notification`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationResourceWithRawResponse(self)

    @cached_property
    def v1(self) -> NotificationV1Resource:
        from .v1 import NotificationV1Resource

        return NotificationV1Resource(self._client)


class NotificationResourceWithRawResponse:
    """`Client.notification`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationResource) -> None:
        self._resource = resource

    @cached_property
    def v1(self) -> NotificationV1ResourceWithRawResponse:
        from .v1 import NotificationV1ResourceWithRawResponse

        return NotificationV1ResourceWithRawResponse(self._resource.v1)


class AsyncNotificationResource:
    """`AsyncClient.notification`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationResourceWithRawResponse(self)

    @cached_property
    def v1(self) -> AsyncNotificationV1Resource:
        from .v1 import AsyncNotificationV1Resource

        return AsyncNotificationV1Resource(self._client)


class AsyncNotificationResourceWithRawResponse:
    """`AsyncClient.notification`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationResource) -> None:
        self._resource = resource

    @cached_property
    def v1(self) -> AsyncNotificationV1ResourceWithRawResponse:
        from .v1 import AsyncNotificationV1ResourceWithRawResponse

        return AsyncNotificationV1ResourceWithRawResponse(self._resource.v1)
