"""`Client.notification.v1.platforms.templates.reset`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_platforms_templates_reset_create as _notification_v1_platforms_templates_reset_create,
)
from .......models.notification_v1_platforms_templates_reset_create_response import (
    NotificationV1PlatformsTemplatesResetCreateResponse,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1PlatformsTemplatesResetResource",
    "NotificationV1PlatformsTemplatesResetResourceWithRawResponse",
    "AsyncNotificationV1PlatformsTemplatesResetResource",
    "AsyncNotificationV1PlatformsTemplatesResetResourceWithRawResponse",
]


class NotificationV1PlatformsTemplatesResetResource:
    """`Client.notification.v1.platforms.templates.reset`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1PlatformsTemplatesResetResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1PlatformsTemplatesResetResourceWithRawResponse(self)

    def create(
        self,
        *,
        platform_key: str,
        notification_type: str,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1PlatformsTemplatesResetCreateResponse:
        """Reset template to default

        Delete platform-specific template override and revert to main template. Notification
        preference (on/off) is preserved. Requires permission:
        Ibl.Notifications/NotificationTemplate/write

        Args:
            platform_key (str, path)
            notification_type (str, path)

        Returns:
            NotificationV1PlatformsTemplatesResetCreateResponse
        """
        return self._client._send(
            _notification_v1_platforms_templates_reset_create.OPERATION,
            _notification_v1_platforms_templates_reset_create.build_request(
                platform_key=platform_key, notification_type=notification_type
            ),
            options,
        )


class NotificationV1PlatformsTemplatesResetResourceWithRawResponse:
    """`Client.notification.v1.platforms.templates.reset`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1PlatformsTemplatesResetResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1PlatformsTemplatesResetResource:
    """`AsyncClient.notification.v1.platforms.templates.reset`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1PlatformsTemplatesResetResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1PlatformsTemplatesResetResourceWithRawResponse(self)

    async def create(
        self,
        *,
        platform_key: str,
        notification_type: str,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1PlatformsTemplatesResetCreateResponse:
        """Reset template to default

        Delete platform-specific template override and revert to main template. Notification
        preference (on/off) is preserved. Requires permission:
        Ibl.Notifications/NotificationTemplate/write

        Args:
            platform_key (str, path)
            notification_type (str, path)

        Returns:
            NotificationV1PlatformsTemplatesResetCreateResponse
        """
        return await self._client._send(
            _notification_v1_platforms_templates_reset_create.OPERATION,
            _notification_v1_platforms_templates_reset_create.build_request(
                platform_key=platform_key, notification_type=notification_type
            ),
            options,
        )


class AsyncNotificationV1PlatformsTemplatesResetResourceWithRawResponse:
    """`AsyncClient.notification.v1.platforms.templates.reset`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1PlatformsTemplatesResetResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
