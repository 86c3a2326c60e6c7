"""`Client.notification.v1.orgs.notifications`: 2 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.notifications import (
    notification_v1_orgs_notifications_retrieve as _notification_v1_orgs_notifications_retrieve,
)
from ......api.notifications import (
    notification_v1_orgs_notifications_update as _notification_v1_orgs_notifications_update,
)
from ......models.notification import Notification
from ......models.notifications_update import NotificationsUpdate
from ......models.notifications_update_status import NotificationsUpdateStatus
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .bulk_update import (
        AsyncNotificationV1OrgsNotificationsBulkUpdateResource,
        AsyncNotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse,
        NotificationV1OrgsNotificationsBulkUpdateResource,
        NotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1OrgsNotificationsResource",
    "NotificationV1OrgsNotificationsResourceWithRawResponse",
    "AsyncNotificationV1OrgsNotificationsResource",
    "AsyncNotificationV1OrgsNotificationsResourceWithRawResponse",
]


class NotificationV1OrgsNotificationsResource:
    """`Client.notification.v1.orgs.notifications`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsNotificationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsNotificationsResourceWithRawResponse(self)

    @cached_property
    def bulk_update(self) -> NotificationV1OrgsNotificationsBulkUpdateResource:
        from .bulk_update import NotificationV1OrgsNotificationsBulkUpdateResource

        return NotificationV1OrgsNotificationsBulkUpdateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Get notifications for a user. Requires: Ibl.Notifications/Notification/list

        Args:
            org (str, path)
            channel (str | Unset, query)
            end_date (str | Unset, query)
            exclude_channel (str | Unset, query)
            start_date (str | Unset, query)
            status (str | Unset, query)

        Returns:
            Notification
        """
        return self._client._send(
            _notification_v1_orgs_notifications_retrieve.OPERATION,
            _notification_v1_orgs_notifications_retrieve.build_request(
                org=org,
                channel=channel,
                end_date=end_date,
                exclude_channel=exclude_channel,
                start_date=start_date,
                status=status,
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        body: NotificationsUpdate,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    @overload
    def update(
        self,
        *,
        org: str,
        status: NotificationsUpdateStatus,
        notification_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    def update(
        self,
        *,
        org: str,
        body: NotificationsUpdate | Unset = UNSET,
        status: NotificationsUpdateStatus | Unset = UNSET,
        notification_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Update notification status for a user. Requires: Ibl.Notifications/Notification/write

        Args:
            org (str, path)
            body (NotificationsUpdate, request body)
            Or the body's fields as keywords instead of body=: status, notification_id

        Returns:
            Notification
        """
        body = body_from_fields(
            "notification.v1.orgs.notifications.update",
            body,
            NotificationsUpdate,
            ["status"],
            (
                ("status", "status", status),
                ("notification_id", "notification_id", notification_id),
            ),
        )
        return self._client._send(
            _notification_v1_orgs_notifications_update.OPERATION,
            _notification_v1_orgs_notifications_update.build_request(org=org, body=body),
            options,
        )


class NotificationV1OrgsNotificationsResourceWithRawResponse:
    """`Client.notification.v1.orgs.notifications`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsNotificationsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)

    @cached_property
    def bulk_update(self) -> NotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse:
        from .bulk_update import NotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse

        return NotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse(
            self._resource.bulk_update
        )


class AsyncNotificationV1OrgsNotificationsResource:
    """`AsyncClient.notification.v1.orgs.notifications`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1OrgsNotificationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsNotificationsResourceWithRawResponse(self)

    @cached_property
    def bulk_update(self) -> AsyncNotificationV1OrgsNotificationsBulkUpdateResource:
        from .bulk_update import AsyncNotificationV1OrgsNotificationsBulkUpdateResource

        return AsyncNotificationV1OrgsNotificationsBulkUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Get notifications for a user. Requires: Ibl.Notifications/Notification/list

        Args:
            org (str, path)
            channel (str | Unset, query)
            end_date (str | Unset, query)
            exclude_channel (str | Unset, query)
            start_date (str | Unset, query)
            status (str | Unset, query)

        Returns:
            Notification
        """
        return await self._client._send(
            _notification_v1_orgs_notifications_retrieve.OPERATION,
            _notification_v1_orgs_notifications_retrieve.build_request(
                org=org,
                channel=channel,
                end_date=end_date,
                exclude_channel=exclude_channel,
                start_date=start_date,
                status=status,
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        body: NotificationsUpdate,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        status: NotificationsUpdateStatus,
        notification_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    async def update(
        self,
        *,
        org: str,
        body: NotificationsUpdate | Unset = UNSET,
        status: NotificationsUpdateStatus | Unset = UNSET,
        notification_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Update notification status for a user. Requires: Ibl.Notifications/Notification/write

        Args:
            org (str, path)
            body (NotificationsUpdate, request body)
            Or the body's fields as keywords instead of body=: status, notification_id

        Returns:
            Notification
        """
        body = body_from_fields(
            "notification.v1.orgs.notifications.update",
            body,
            NotificationsUpdate,
            ["status"],
            (
                ("status", "status", status),
                ("notification_id", "notification_id", notification_id),
            ),
        )
        return await self._client._send(
            _notification_v1_orgs_notifications_update.OPERATION,
            _notification_v1_orgs_notifications_update.build_request(org=org, body=body),
            options,
        )


class AsyncNotificationV1OrgsNotificationsResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.notifications`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsNotificationsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def bulk_update(self) -> AsyncNotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse:
        from .bulk_update import (
            AsyncNotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse,
        )

        return AsyncNotificationV1OrgsNotificationsBulkUpdateResourceWithRawResponse(
            self._resource.bulk_update
        )
