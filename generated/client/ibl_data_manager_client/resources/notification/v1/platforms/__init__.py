"""`Client.notification.v1.platforms`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .config import (
        AsyncNotificationV1PlatformsConfigResource,
        AsyncNotificationV1PlatformsConfigResourceWithRawResponse,
        NotificationV1PlatformsConfigResource,
        NotificationV1PlatformsConfigResourceWithRawResponse,
    )
    from .templates import (
        AsyncNotificationV1PlatformsTemplatesResource,
        AsyncNotificationV1PlatformsTemplatesResourceWithRawResponse,
        NotificationV1PlatformsTemplatesResource,
        NotificationV1PlatformsTemplatesResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1PlatformsResource",
    "NotificationV1PlatformsResourceWithRawResponse",
    "AsyncNotificationV1PlatformsResource",
    "AsyncNotificationV1PlatformsResourceWithRawResponse",
]


class NotificationV1PlatformsResource:
    """`Client.notification.v1.platforms`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1PlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1PlatformsResourceWithRawResponse(self)

    @cached_property
    def config(self) -> NotificationV1PlatformsConfigResource:
        from .config import NotificationV1PlatformsConfigResource

        return NotificationV1PlatformsConfigResource(self._client)

    @cached_property
    def templates(self) -> NotificationV1PlatformsTemplatesResource:
        from .templates import NotificationV1PlatformsTemplatesResource

        return NotificationV1PlatformsTemplatesResource(self._client)


class NotificationV1PlatformsResourceWithRawResponse:
    """`Client.notification.v1.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1PlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def config(self) -> NotificationV1PlatformsConfigResourceWithRawResponse:
        from .config import NotificationV1PlatformsConfigResourceWithRawResponse

        return NotificationV1PlatformsConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def templates(self) -> NotificationV1PlatformsTemplatesResourceWithRawResponse:
        from .templates import NotificationV1PlatformsTemplatesResourceWithRawResponse

        return NotificationV1PlatformsTemplatesResourceWithRawResponse(self._resource.templates)


class AsyncNotificationV1PlatformsResource:
    """`AsyncClient.notification.v1.platforms`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1PlatformsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1PlatformsResourceWithRawResponse(self)

    @cached_property
    def config(self) -> AsyncNotificationV1PlatformsConfigResource:
        from .config import AsyncNotificationV1PlatformsConfigResource

        return AsyncNotificationV1PlatformsConfigResource(self._client)

    @cached_property
    def templates(self) -> AsyncNotificationV1PlatformsTemplatesResource:
        from .templates import AsyncNotificationV1PlatformsTemplatesResource

        return AsyncNotificationV1PlatformsTemplatesResource(self._client)


class AsyncNotificationV1PlatformsResourceWithRawResponse:
    """`AsyncClient.notification.v1.platforms`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1PlatformsResource) -> None:
        self._resource = resource

    @cached_property
    def config(self) -> AsyncNotificationV1PlatformsConfigResourceWithRawResponse:
        from .config import AsyncNotificationV1PlatformsConfigResourceWithRawResponse

        return AsyncNotificationV1PlatformsConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def templates(self) -> AsyncNotificationV1PlatformsTemplatesResourceWithRawResponse:
        from .templates import AsyncNotificationV1PlatformsTemplatesResourceWithRawResponse

        return AsyncNotificationV1PlatformsTemplatesResourceWithRawResponse(
            self._resource.templates
        )
