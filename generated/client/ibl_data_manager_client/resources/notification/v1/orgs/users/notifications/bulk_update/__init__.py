"""`Client.notification.v1.orgs.users.notifications.bulk_update`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ........_operation import RequestOptions, optional_body_from_fields
from ........_response import async_to_raw_response, to_raw_response
from ........api.notifications import (
    notification_v1_orgs_users_notifications_bulk_update_partial_update as _notification_v1_orgs_users_notifications_bulk_update_partial_update,
)
from ........models.notification import Notification
from ........models.patched_notification import PatchedNotification
from ........models.patched_notification_status import PatchedNotificationStatus
from ........types import UNSET, Unset

if TYPE_CHECKING:
    from ........_client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsUsersNotificationsBulkUpdateResource",
    "NotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse",
    "AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResource",
    "AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse",
]


class NotificationV1OrgsUsersNotificationsBulkUpdateResource:
    """`Client.notification.v1.orgs.users.notifications.bulk_update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> NotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse(self)

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        body: PatchedNotification | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        status: PatchedNotificationStatus | Unset = UNSET,
        context: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        body: PatchedNotification | Unset = UNSET,
        status: PatchedNotificationStatus | Unset = UNSET,
        context: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Bulk update notification status for a user. Requires:
        Ibl.Notifications/Notification/write

        Args:
            org (str, path)
            user_id (str, path)
            body (PatchedNotification | Unset, request body)
            Or the body's fields as keywords instead of body=: status, context, created_at

        Returns:
            Notification
        """
        body = optional_body_from_fields(
            "notification.v1.orgs.users.notifications.bulk_update.partial_update",
            body,
            PatchedNotification,
            [],
            (
                ("status", "status", status),
                ("context", "context", context),
                ("created_at", "created_at", created_at),
            ),
        )
        return self._client._send(
            _notification_v1_orgs_users_notifications_bulk_update_partial_update.OPERATION,
            _notification_v1_orgs_users_notifications_bulk_update_partial_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class NotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse:
    """`Client.notification.v1.orgs.users.notifications.bulk_update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsUsersNotificationsBulkUpdateResource) -> None:
        self._resource = resource
        self.partial_update = to_raw_response(resource.partial_update)


class AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResource:
    """`AsyncClient.notification.v1.orgs.users.notifications.bulk_update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse(self)

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        body: PatchedNotification | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        status: PatchedNotificationStatus | Unset = UNSET,
        context: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        body: PatchedNotification | Unset = UNSET,
        status: PatchedNotificationStatus | Unset = UNSET,
        context: Any | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Bulk update notification status for a user. Requires:
        Ibl.Notifications/Notification/write

        Args:
            org (str, path)
            user_id (str, path)
            body (PatchedNotification | Unset, request body)
            Or the body's fields as keywords instead of body=: status, context, created_at

        Returns:
            Notification
        """
        body = optional_body_from_fields(
            "notification.v1.orgs.users.notifications.bulk_update.partial_update",
            body,
            PatchedNotification,
            [],
            (
                ("status", "status", status),
                ("context", "context", context),
                ("created_at", "created_at", created_at),
            ),
        )
        return await self._client._send(
            _notification_v1_orgs_users_notifications_bulk_update_partial_update.OPERATION,
            _notification_v1_orgs_users_notifications_bulk_update_partial_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.users.notifications.bulk_update`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResource
    ) -> None:
        self._resource = resource
        self.partial_update = async_to_raw_response(resource.partial_update)
