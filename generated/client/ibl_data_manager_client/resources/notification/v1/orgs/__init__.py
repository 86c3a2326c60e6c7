"""`Client.notification.v1.orgs`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .campaigns import (
        AsyncNotificationV1OrgsCampaignsResource,
        AsyncNotificationV1OrgsCampaignsResourceWithRawResponse,
        NotificationV1OrgsCampaignsResource,
        NotificationV1OrgsCampaignsResourceWithRawResponse,
    )
    from .mark_all_as_read import (
        AsyncNotificationV1OrgsMarkAllAsReadResource,
        AsyncNotificationV1OrgsMarkAllAsReadResourceWithRawResponse,
        NotificationV1OrgsMarkAllAsReadResource,
        NotificationV1OrgsMarkAllAsReadResourceWithRawResponse,
    )
    from .notification_builder import (
        AsyncNotificationV1OrgsNotificationBuilderResource,
        AsyncNotificationV1OrgsNotificationBuilderResourceWithRawResponse,
        NotificationV1OrgsNotificationBuilderResource,
        NotificationV1OrgsNotificationBuilderResourceWithRawResponse,
    )
    from .notifications import (
        AsyncNotificationV1OrgsNotificationsResource,
        AsyncNotificationV1OrgsNotificationsResourceWithRawResponse,
        NotificationV1OrgsNotificationsResource,
        NotificationV1OrgsNotificationsResourceWithRawResponse,
    )
    from .users import (
        AsyncNotificationV1OrgsUsersResource,
        AsyncNotificationV1OrgsUsersResourceWithRawResponse,
        NotificationV1OrgsUsersResource,
        NotificationV1OrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1OrgsResource",
    "NotificationV1OrgsResourceWithRawResponse",
    "AsyncNotificationV1OrgsResource",
    "AsyncNotificationV1OrgsResourceWithRawResponse",
]


class NotificationV1OrgsResource:
    """`Client.notification.v1.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsResourceWithRawResponse(self)

    @cached_property
    def campaigns(self) -> NotificationV1OrgsCampaignsResource:
        from .campaigns import NotificationV1OrgsCampaignsResource

        return NotificationV1OrgsCampaignsResource(self._client)

    @cached_property
    def mark_all_as_read(self) -> NotificationV1OrgsMarkAllAsReadResource:
        from .mark_all_as_read import NotificationV1OrgsMarkAllAsReadResource

        return NotificationV1OrgsMarkAllAsReadResource(self._client)

    @cached_property
    def notification_builder(self) -> NotificationV1OrgsNotificationBuilderResource:
        from .notification_builder import NotificationV1OrgsNotificationBuilderResource

        return NotificationV1OrgsNotificationBuilderResource(self._client)

    @cached_property
    def notifications(self) -> NotificationV1OrgsNotificationsResource:
        from .notifications import NotificationV1OrgsNotificationsResource

        return NotificationV1OrgsNotificationsResource(self._client)

    @cached_property
    def users(self) -> NotificationV1OrgsUsersResource:
        from .users import NotificationV1OrgsUsersResource

        return NotificationV1OrgsUsersResource(self._client)


class NotificationV1OrgsResourceWithRawResponse:
    """`Client.notification.v1.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsResource) -> None:
        self._resource = resource

    @cached_property
    def campaigns(self) -> NotificationV1OrgsCampaignsResourceWithRawResponse:
        from .campaigns import NotificationV1OrgsCampaignsResourceWithRawResponse

        return NotificationV1OrgsCampaignsResourceWithRawResponse(self._resource.campaigns)

    @cached_property
    def mark_all_as_read(self) -> NotificationV1OrgsMarkAllAsReadResourceWithRawResponse:
        from .mark_all_as_read import NotificationV1OrgsMarkAllAsReadResourceWithRawResponse

        return NotificationV1OrgsMarkAllAsReadResourceWithRawResponse(
            self._resource.mark_all_as_read
        )

    @cached_property
    def notification_builder(self) -> NotificationV1OrgsNotificationBuilderResourceWithRawResponse:
        from .notification_builder import (
            NotificationV1OrgsNotificationBuilderResourceWithRawResponse,
        )

        return NotificationV1OrgsNotificationBuilderResourceWithRawResponse(
            self._resource.notification_builder
        )

    @cached_property
    def notifications(self) -> NotificationV1OrgsNotificationsResourceWithRawResponse:
        from .notifications import NotificationV1OrgsNotificationsResourceWithRawResponse

        return NotificationV1OrgsNotificationsResourceWithRawResponse(self._resource.notifications)

    @cached_property
    def users(self) -> NotificationV1OrgsUsersResourceWithRawResponse:
        from .users import NotificationV1OrgsUsersResourceWithRawResponse

        return NotificationV1OrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncNotificationV1OrgsResource:
    """`AsyncClient.notification.v1.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1OrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsResourceWithRawResponse(self)

    @cached_property
    def campaigns(self) -> AsyncNotificationV1OrgsCampaignsResource:
        from .campaigns import AsyncNotificationV1OrgsCampaignsResource

        return AsyncNotificationV1OrgsCampaignsResource(self._client)

    @cached_property
    def mark_all_as_read(self) -> AsyncNotificationV1OrgsMarkAllAsReadResource:
        from .mark_all_as_read import AsyncNotificationV1OrgsMarkAllAsReadResource

        return AsyncNotificationV1OrgsMarkAllAsReadResource(self._client)

    @cached_property
    def notification_builder(self) -> AsyncNotificationV1OrgsNotificationBuilderResource:
        from .notification_builder import AsyncNotificationV1OrgsNotificationBuilderResource

        return AsyncNotificationV1OrgsNotificationBuilderResource(self._client)

    @cached_property
    def notifications(self) -> AsyncNotificationV1OrgsNotificationsResource:
        from .notifications import AsyncNotificationV1OrgsNotificationsResource

        return AsyncNotificationV1OrgsNotificationsResource(self._client)

    @cached_property
    def users(self) -> AsyncNotificationV1OrgsUsersResource:
        from .users import AsyncNotificationV1OrgsUsersResource

        return AsyncNotificationV1OrgsUsersResource(self._client)


class AsyncNotificationV1OrgsResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsResource) -> None:
        self._resource = resource

    @cached_property
    def campaigns(self) -> AsyncNotificationV1OrgsCampaignsResourceWithRawResponse:
        from .campaigns import AsyncNotificationV1OrgsCampaignsResourceWithRawResponse

        return AsyncNotificationV1OrgsCampaignsResourceWithRawResponse(self._resource.campaigns)

    @cached_property
    def mark_all_as_read(self) -> AsyncNotificationV1OrgsMarkAllAsReadResourceWithRawResponse:
        from .mark_all_as_read import AsyncNotificationV1OrgsMarkAllAsReadResourceWithRawResponse

        return AsyncNotificationV1OrgsMarkAllAsReadResourceWithRawResponse(
            self._resource.mark_all_as_read
        )

    @cached_property
    def notification_builder(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderResourceWithRawResponse:
        from .notification_builder import (
            AsyncNotificationV1OrgsNotificationBuilderResourceWithRawResponse,
        )

        return AsyncNotificationV1OrgsNotificationBuilderResourceWithRawResponse(
            self._resource.notification_builder
        )

    @cached_property
    def notifications(self) -> AsyncNotificationV1OrgsNotificationsResourceWithRawResponse:
        from .notifications import AsyncNotificationV1OrgsNotificationsResourceWithRawResponse

        return AsyncNotificationV1OrgsNotificationsResourceWithRawResponse(
            self._resource.notifications
        )

    @cached_property
    def users(self) -> AsyncNotificationV1OrgsUsersResourceWithRawResponse:
        from .users import AsyncNotificationV1OrgsUsersResourceWithRawResponse

        return AsyncNotificationV1OrgsUsersResourceWithRawResponse(self._resource.users)
