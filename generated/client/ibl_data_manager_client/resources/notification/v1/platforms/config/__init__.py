"""`Client.notification.v1.platforms.config`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .test_smtp import (
        AsyncNotificationV1PlatformsConfigTestSmtpResource,
        AsyncNotificationV1PlatformsConfigTestSmtpResourceWithRawResponse,
        NotificationV1PlatformsConfigTestSmtpResource,
        NotificationV1PlatformsConfigTestSmtpResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1PlatformsConfigResource",
    "NotificationV1PlatformsConfigResourceWithRawResponse",
    "AsyncNotificationV1PlatformsConfigResource",
    "AsyncNotificationV1PlatformsConfigResourceWithRawResponse",
]


class NotificationV1PlatformsConfigResource:
    """`Client.notification.v1.platforms.config`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1PlatformsConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1PlatformsConfigResourceWithRawResponse(self)

    @cached_property
    def test_smtp(self) -> NotificationV1PlatformsConfigTestSmtpResource:
        from .test_smtp import NotificationV1PlatformsConfigTestSmtpResource

        return NotificationV1PlatformsConfigTestSmtpResource(self._client)


class NotificationV1PlatformsConfigResourceWithRawResponse:
    """`Client.notification.v1.platforms.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1PlatformsConfigResource) -> None:
        self._resource = resource

    @cached_property
    def test_smtp(self) -> NotificationV1PlatformsConfigTestSmtpResourceWithRawResponse:
        from .test_smtp import NotificationV1PlatformsConfigTestSmtpResourceWithRawResponse

        return NotificationV1PlatformsConfigTestSmtpResourceWithRawResponse(
            self._resource.test_smtp
        )


class AsyncNotificationV1PlatformsConfigResource:
    """`AsyncClient.notification.v1.platforms.config`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1PlatformsConfigResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1PlatformsConfigResourceWithRawResponse(self)

    @cached_property
    def test_smtp(self) -> AsyncNotificationV1PlatformsConfigTestSmtpResource:
        from .test_smtp import AsyncNotificationV1PlatformsConfigTestSmtpResource

        return AsyncNotificationV1PlatformsConfigTestSmtpResource(self._client)


class AsyncNotificationV1PlatformsConfigResourceWithRawResponse:
    """`AsyncClient.notification.v1.platforms.config`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1PlatformsConfigResource) -> None:
        self._resource = resource

    @cached_property
    def test_smtp(self) -> AsyncNotificationV1PlatformsConfigTestSmtpResourceWithRawResponse:
        from .test_smtp import AsyncNotificationV1PlatformsConfigTestSmtpResourceWithRawResponse

        return AsyncNotificationV1PlatformsConfigTestSmtpResourceWithRawResponse(
            self._resource.test_smtp
        )
