"""`Client.notification.v1.orgs.users.notifications_count`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_users_notifications_count_retrieve as _notification_v1_orgs_users_notifications_count_retrieve,
)
from .......models.notification_count import NotificationCount
from .......models.notification_v1_orgs_users_notifications_count_retrieve_status import (
    NotificationV1OrgsUsersNotificationsCountRetrieveStatus,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsUsersNotificationsCountResource",
    "NotificationV1OrgsUsersNotificationsCountResourceWithRawResponse",
    "AsyncNotificationV1OrgsUsersNotificationsCountResource",
    "AsyncNotificationV1OrgsUsersNotificationsCountResourceWithRawResponse",
]


class NotificationV1OrgsUsersNotificationsCountResource:
    """`Client.notification.v1.orgs.users.notifications_count`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsUsersNotificationsCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsUsersNotificationsCountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        channel: str | Unset = UNSET,
        status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationCount:
        """Get notifications count for a user. Requires: Ibl.Notifications/Notification/list

        Args:
            org (str, path)
            user_id (str, path)
            channel (str | Unset, query)
            status (NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset, query)

        Returns:
            NotificationCount
        """
        return self._client._send(
            _notification_v1_orgs_users_notifications_count_retrieve.OPERATION,
            _notification_v1_orgs_users_notifications_count_retrieve.build_request(
                org=org, user_id=user_id, channel=channel, status=status
            ),
            options,
        )


class NotificationV1OrgsUsersNotificationsCountResourceWithRawResponse:
    """`Client.notification.v1.orgs.users.notifications_count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsUsersNotificationsCountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncNotificationV1OrgsUsersNotificationsCountResource:
    """`AsyncClient.notification.v1.orgs.users.notifications_count`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsUsersNotificationsCountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsUsersNotificationsCountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        channel: str | Unset = UNSET,
        status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationCount:
        """Get notifications count for a user. Requires: Ibl.Notifications/Notification/list

        Args:
            org (str, path)
            user_id (str, path)
            channel (str | Unset, query)
            status (NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset, query)

        Returns:
            NotificationCount
        """
        return await self._client._send(
            _notification_v1_orgs_users_notifications_count_retrieve.OPERATION,
            _notification_v1_orgs_users_notifications_count_retrieve.build_request(
                org=org, user_id=user_id, channel=channel, status=status
            ),
            options,
        )


class AsyncNotificationV1OrgsUsersNotificationsCountResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.users.notifications_count`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsUsersNotificationsCountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
