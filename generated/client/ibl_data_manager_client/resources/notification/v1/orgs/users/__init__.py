"""`Client.notification.v1.orgs.users`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .notifications import (
        AsyncNotificationV1OrgsUsersNotificationsResource,
        AsyncNotificationV1OrgsUsersNotificationsResourceWithRawResponse,
        NotificationV1OrgsUsersNotificationsResource,
        NotificationV1OrgsUsersNotificationsResourceWithRawResponse,
    )
    from .notifications_count import (
        AsyncNotificationV1OrgsUsersNotificationsCountResource,
        AsyncNotificationV1OrgsUsersNotificationsCountResourceWithRawResponse,
        NotificationV1OrgsUsersNotificationsCountResource,
        NotificationV1OrgsUsersNotificationsCountResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1OrgsUsersResource",
    "NotificationV1OrgsUsersResourceWithRawResponse",
    "AsyncNotificationV1OrgsUsersResource",
    "AsyncNotificationV1OrgsUsersResourceWithRawResponse",
]


class NotificationV1OrgsUsersResource:
    """`Client.notification.v1.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsUsersResourceWithRawResponse(self)

    @cached_property
    def notifications(self) -> NotificationV1OrgsUsersNotificationsResource:
        from .notifications import NotificationV1OrgsUsersNotificationsResource

        return NotificationV1OrgsUsersNotificationsResource(self._client)

    @cached_property
    def notifications_count(self) -> NotificationV1OrgsUsersNotificationsCountResource:
        from .notifications_count import NotificationV1OrgsUsersNotificationsCountResource

        return NotificationV1OrgsUsersNotificationsCountResource(self._client)


class NotificationV1OrgsUsersResourceWithRawResponse:
    """`Client.notification.v1.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def notifications(self) -> NotificationV1OrgsUsersNotificationsResourceWithRawResponse:
        from .notifications import NotificationV1OrgsUsersNotificationsResourceWithRawResponse

        return NotificationV1OrgsUsersNotificationsResourceWithRawResponse(
            self._resource.notifications
        )

    @cached_property
    def notifications_count(
        self,
    ) -> NotificationV1OrgsUsersNotificationsCountResourceWithRawResponse:
        from .notifications_count import (
            NotificationV1OrgsUsersNotificationsCountResourceWithRawResponse,
        )

        return NotificationV1OrgsUsersNotificationsCountResourceWithRawResponse(
            self._resource.notifications_count
        )


class AsyncNotificationV1OrgsUsersResource:
    """`AsyncClient.notification.v1.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1OrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsUsersResourceWithRawResponse(self)

    @cached_property
    def notifications(self) -> AsyncNotificationV1OrgsUsersNotificationsResource:
        from .notifications import AsyncNotificationV1OrgsUsersNotificationsResource

        return AsyncNotificationV1OrgsUsersNotificationsResource(self._client)

    @cached_property
    def notifications_count(self) -> AsyncNotificationV1OrgsUsersNotificationsCountResource:
        from .notifications_count import AsyncNotificationV1OrgsUsersNotificationsCountResource

        return AsyncNotificationV1OrgsUsersNotificationsCountResource(self._client)


class AsyncNotificationV1OrgsUsersResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def notifications(self) -> AsyncNotificationV1OrgsUsersNotificationsResourceWithRawResponse:
        from .notifications import AsyncNotificationV1OrgsUsersNotificationsResourceWithRawResponse

        return AsyncNotificationV1OrgsUsersNotificationsResourceWithRawResponse(
            self._resource.notifications
        )

    @cached_property
    def notifications_count(
        self,
    ) -> AsyncNotificationV1OrgsUsersNotificationsCountResourceWithRawResponse:
        from .notifications_count import (
            AsyncNotificationV1OrgsUsersNotificationsCountResourceWithRawResponse,
        )

        return AsyncNotificationV1OrgsUsersNotificationsCountResourceWithRawResponse(
            self._resource.notifications_count
        )
