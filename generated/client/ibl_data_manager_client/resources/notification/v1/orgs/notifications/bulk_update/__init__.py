"""`Client.notification.v1.orgs.notifications.bulk_update`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_notifications_bulk_update_partial_update as _notification_v1_orgs_notifications_bulk_update_partial_update,
)
from .......models.notification import Notification
from .......models.patched_notification import PatchedNotification
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsNotificationsBulkUpdateResource",
    "NotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse",
    "AsyncNotificationV1OrgsNotificationsBulkUpdateResource",
    "AsyncNotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse",
]


class NotificationV1OrgsNotificationsBulkUpdateResource:
    """`Client.notification.v1.orgs.notifications.bulk_update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse(self)

    def partial_update(
        self,
        *,
        org: str,
        body: PatchedNotification | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Bulk update notification status for a user. Requires:
        Ibl.Notifications/Notification/write

        Args:
            org (str, path)
            body (PatchedNotification | Unset, request body)

        Returns:
            Notification
        """
        return self._client._send(
            _notification_v1_orgs_notifications_bulk_update_partial_update.OPERATION,
            _notification_v1_orgs_notifications_bulk_update_partial_update.build_request(
                org=org, body=body
            ),
            options,
        )


class NotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse:
    """`Client.notification.v1.orgs.notifications.bulk_update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsNotificationsBulkUpdateResource) -> None:
        self._resource = resource
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncNotificationV1OrgsNotificationsBulkUpdateResource:
    """`AsyncClient.notification.v1.orgs.notifications.bulk_update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse(self)

    async def partial_update(
        self,
        *,
        org: str,
        body: PatchedNotification | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Bulk update notification status for a user. Requires:
        Ibl.Notifications/Notification/write

        Args:
            org (str, path)
            body (PatchedNotification | Unset, request body)

        Returns:
            Notification
        """
        return await self._client._send(
            _notification_v1_orgs_notifications_bulk_update_partial_update.OPERATION,
            _notification_v1_orgs_notifications_bulk_update_partial_update.build_request(
                org=org, body=body
            ),
            options,
        )


class AsyncNotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.notifications.bulk_update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsNotificationsBulkUpdateResource) -> None:
        self._resource = resource
        self.partial_update = async_to_raw_response(resource.partial_update)
