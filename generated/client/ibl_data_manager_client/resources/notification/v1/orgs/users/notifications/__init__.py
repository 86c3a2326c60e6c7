"""`Client.notification.v1.orgs.users.notifications`: 3 operations and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_users_notifications_destroy as _notification_v1_orgs_users_notifications_destroy,
)
from .......api.notifications import (
    notification_v1_orgs_users_notifications_retrieve as _notification_v1_orgs_users_notifications_retrieve,
)
from .......api.notifications import (
    notification_v1_orgs_users_notifications_update as _notification_v1_orgs_users_notifications_update,
)
from .......models.notification import Notification
from .......models.notifications_update import NotificationsUpdate
from .......models.notifications_update_status import NotificationsUpdateStatus
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .bulk_update import (
        AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResource,
        AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse,
        NotificationV1OrgsUsersNotificationsBulkUpdateResource,
        NotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1OrgsUsersNotificationsResource",
    "NotificationV1OrgsUsersNotificationsResourceWithRawResponse",
    "AsyncNotificationV1OrgsUsersNotificationsResource",
    "AsyncNotificationV1OrgsUsersNotificationsResourceWithRawResponse",
]


class NotificationV1OrgsUsersNotificationsResource:
    """`Client.notification.v1.orgs.users.notifications`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsUsersNotificationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsUsersNotificationsResourceWithRawResponse(self)

    @cached_property
    def bulk_update(self) -> NotificationV1OrgsUsersNotificationsBulkUpdateResource:
        from .bulk_update import NotificationV1OrgsUsersNotificationsBulkUpdateResource

        return NotificationV1OrgsUsersNotificationsBulkUpdateResource(self._client)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
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
            user_id (str, path)
            channel (str | Unset, query)
            end_date (str | Unset, query)
            exclude_channel (str | Unset, query)
            start_date (str | Unset, query)
            status (str | Unset, query)

        Returns:
            Notification
        """
        return self._client._send(
            _notification_v1_orgs_users_notifications_retrieve.OPERATION,
            _notification_v1_orgs_users_notifications_retrieve.build_request(
                org=org,
                user_id=user_id,
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
        user_id: str,
        body: NotificationsUpdate,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        status: NotificationsUpdateStatus,
        notification_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        body: NotificationsUpdate | Unset = UNSET,
        status: NotificationsUpdateStatus | Unset = UNSET,
        notification_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Update notification status for a user. Requires: Ibl.Notifications/Notification/write

        Args:
            org (str, path)
            user_id (str, path)
            body (NotificationsUpdate, request body)
            Or the body's fields as keywords instead of body=: status, notification_id

        Returns:
            Notification
        """
        body = body_from_fields(
            "notification.v1.orgs.users.notifications.update",
            body,
            NotificationsUpdate,
            ["status"],
            (
                ("status", "status", status),
                ("notification_id", "notification_id", notification_id),
            ),
        )
        return self._client._send(
            _notification_v1_orgs_users_notifications_update.OPERATION,
            _notification_v1_orgs_users_notifications_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        notification_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a notification for a user. Requires: Ibl.Notifications/Notification/delete

        Args:
            org (str, path)
            user_id (str, path)
            notification_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _notification_v1_orgs_users_notifications_destroy.OPERATION,
            _notification_v1_orgs_users_notifications_destroy.build_request(
                org=org, user_id=user_id, notification_id=notification_id
            ),
            options,
        )


class NotificationV1OrgsUsersNotificationsResourceWithRawResponse:
    """`Client.notification.v1.orgs.users.notifications`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsUsersNotificationsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)
        self.destroy = to_raw_response(resource.destroy)

    @cached_property
    def bulk_update(self) -> NotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse:
        from .bulk_update import (
            NotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse,
        )

        return NotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse(
            self._resource.bulk_update
        )


class AsyncNotificationV1OrgsUsersNotificationsResource:
    """`AsyncClient.notification.v1.orgs.users.notifications`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1OrgsUsersNotificationsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsUsersNotificationsResourceWithRawResponse(self)

    @cached_property
    def bulk_update(self) -> AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResource:
        from .bulk_update import AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResource

        return AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResource(self._client)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
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
            user_id (str, path)
            channel (str | Unset, query)
            end_date (str | Unset, query)
            exclude_channel (str | Unset, query)
            start_date (str | Unset, query)
            status (str | Unset, query)

        Returns:
            Notification
        """
        return await self._client._send(
            _notification_v1_orgs_users_notifications_retrieve.OPERATION,
            _notification_v1_orgs_users_notifications_retrieve.build_request(
                org=org,
                user_id=user_id,
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
        user_id: str,
        body: NotificationsUpdate,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        status: NotificationsUpdateStatus,
        notification_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        body: NotificationsUpdate | Unset = UNSET,
        status: NotificationsUpdateStatus | Unset = UNSET,
        notification_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Notification:
        """Update notification status for a user. Requires: Ibl.Notifications/Notification/write

        Args:
            org (str, path)
            user_id (str, path)
            body (NotificationsUpdate, request body)
            Or the body's fields as keywords instead of body=: status, notification_id

        Returns:
            Notification
        """
        body = body_from_fields(
            "notification.v1.orgs.users.notifications.update",
            body,
            NotificationsUpdate,
            ["status"],
            (
                ("status", "status", status),
                ("notification_id", "notification_id", notification_id),
            ),
        )
        return await self._client._send(
            _notification_v1_orgs_users_notifications_update.OPERATION,
            _notification_v1_orgs_users_notifications_update.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        notification_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a notification for a user. Requires: Ibl.Notifications/Notification/delete

        Args:
            org (str, path)
            user_id (str, path)
            notification_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _notification_v1_orgs_users_notifications_destroy.OPERATION,
            _notification_v1_orgs_users_notifications_destroy.build_request(
                org=org, user_id=user_id, notification_id=notification_id
            ),
            options,
        )


class AsyncNotificationV1OrgsUsersNotificationsResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.users.notifications`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsUsersNotificationsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
        self.destroy = async_to_raw_response(resource.destroy)

    @cached_property
    def bulk_update(
        self,
    ) -> AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse:
        from .bulk_update import (
            AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse,
        )

        return AsyncNotificationV1OrgsUsersNotificationsBulkUpdateResourceWithRawResponse(
            self._resource.bulk_update
        )
