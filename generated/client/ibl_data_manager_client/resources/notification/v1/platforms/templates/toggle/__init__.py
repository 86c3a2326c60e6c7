"""`Client.notification.v1.platforms.templates.toggle`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_platforms_templates_toggle_partial_update as _notification_v1_platforms_templates_toggle_partial_update,
)
from .......models.notification_toggle import NotificationToggle
from .......models.patched_notification_toggle import PatchedNotificationToggle
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1PlatformsTemplatesToggleResource",
    "NotificationV1PlatformsTemplatesToggleResourceWithRawResponse",
    "AsyncNotificationV1PlatformsTemplatesToggleResource",
    "AsyncNotificationV1PlatformsTemplatesToggleResourceWithRawResponse",
]


class NotificationV1PlatformsTemplatesToggleResource:
    """`Client.notification.v1.platforms.templates.toggle`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1PlatformsTemplatesToggleResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1PlatformsTemplatesToggleResourceWithRawResponse(self)

    @overload
    def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: PatchedNotificationToggle | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationToggle: ...

    @overload
    def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        allow_notification: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationToggle: ...

    def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: PatchedNotificationToggle | Unset = UNSET,
        allow_notification: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationToggle:
        """Toggle notification preference

        Enable or disable a notification type for the platform. This sets the
        NotificationPreference, not the template. Requires permission:
        Ibl.Notifications/NotificationTemplate/write

        Args:
            platform_key (str, path)
            notification_type (str, path)
            body (PatchedNotificationToggle | Unset, request body): Serializer for toggling
                notification preference
            Or the body's fields as keywords instead of body=: allow_notification

        Returns:
            NotificationToggle
        """
        body = optional_body_from_fields(
            "notification.v1.platforms.templates.toggle.partial_update",
            body,
            PatchedNotificationToggle,
            [],
            (("allow_notification", "allow_notification", allow_notification),),
        )
        return self._client._send(
            _notification_v1_platforms_templates_toggle_partial_update.OPERATION,
            _notification_v1_platforms_templates_toggle_partial_update.build_request(
                platform_key=platform_key, notification_type=notification_type, body=body
            ),
            options,
        )


class NotificationV1PlatformsTemplatesToggleResourceWithRawResponse:
    """`Client.notification.v1.platforms.templates.toggle`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1PlatformsTemplatesToggleResource) -> None:
        self._resource = resource
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncNotificationV1PlatformsTemplatesToggleResource:
    """`AsyncClient.notification.v1.platforms.templates.toggle`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1PlatformsTemplatesToggleResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1PlatformsTemplatesToggleResourceWithRawResponse(self)

    @overload
    async def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: PatchedNotificationToggle | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationToggle: ...

    @overload
    async def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        allow_notification: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationToggle: ...

    async def partial_update(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: PatchedNotificationToggle | Unset = UNSET,
        allow_notification: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationToggle:
        """Toggle notification preference

        Enable or disable a notification type for the platform. This sets the
        NotificationPreference, not the template. Requires permission:
        Ibl.Notifications/NotificationTemplate/write

        Args:
            platform_key (str, path)
            notification_type (str, path)
            body (PatchedNotificationToggle | Unset, request body): Serializer for toggling
                notification preference
            Or the body's fields as keywords instead of body=: allow_notification

        Returns:
            NotificationToggle
        """
        body = optional_body_from_fields(
            "notification.v1.platforms.templates.toggle.partial_update",
            body,
            PatchedNotificationToggle,
            [],
            (("allow_notification", "allow_notification", allow_notification),),
        )
        return await self._client._send(
            _notification_v1_platforms_templates_toggle_partial_update.OPERATION,
            _notification_v1_platforms_templates_toggle_partial_update.build_request(
                platform_key=platform_key, notification_type=notification_type, body=body
            ),
            options,
        )


class AsyncNotificationV1PlatformsTemplatesToggleResourceWithRawResponse:
    """`AsyncClient.notification.v1.platforms.templates.toggle`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1PlatformsTemplatesToggleResource) -> None:
        self._resource = resource
        self.partial_update = async_to_raw_response(resource.partial_update)
