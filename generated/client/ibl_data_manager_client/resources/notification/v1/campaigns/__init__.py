"""`Client.notification.v1.campaigns`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .unsubscribe import (
        AsyncNotificationV1CampaignsUnsubscribeResource,
        AsyncNotificationV1CampaignsUnsubscribeResourceWithRawResponse,
        NotificationV1CampaignsUnsubscribeResource,
        NotificationV1CampaignsUnsubscribeResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1CampaignsResource",
    "NotificationV1CampaignsResourceWithRawResponse",
    "AsyncNotificationV1CampaignsResource",
    "AsyncNotificationV1CampaignsResourceWithRawResponse",
]


class NotificationV1CampaignsResource:
    """`Client.notification.v1.campaigns`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1CampaignsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1CampaignsResourceWithRawResponse(self)

    @cached_property
    def unsubscribe(self) -> NotificationV1CampaignsUnsubscribeResource:
        from .unsubscribe import NotificationV1CampaignsUnsubscribeResource

        return NotificationV1CampaignsUnsubscribeResource(self._client)


class NotificationV1CampaignsResourceWithRawResponse:
    """`Client.notification.v1.campaigns`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1CampaignsResource) -> None:
        self._resource = resource

    @cached_property
    def unsubscribe(self) -> NotificationV1CampaignsUnsubscribeResourceWithRawResponse:
        from .unsubscribe import NotificationV1CampaignsUnsubscribeResourceWithRawResponse

        return NotificationV1CampaignsUnsubscribeResourceWithRawResponse(self._resource.unsubscribe)


class AsyncNotificationV1CampaignsResource:
    """`AsyncClient.notification.v1.campaigns`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1CampaignsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1CampaignsResourceWithRawResponse(self)

    @cached_property
    def unsubscribe(self) -> AsyncNotificationV1CampaignsUnsubscribeResource:
        from .unsubscribe import AsyncNotificationV1CampaignsUnsubscribeResource

        return AsyncNotificationV1CampaignsUnsubscribeResource(self._client)


class AsyncNotificationV1CampaignsResourceWithRawResponse:
    """`AsyncClient.notification.v1.campaigns`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1CampaignsResource) -> None:
        self._resource = resource

    @cached_property
    def unsubscribe(self) -> AsyncNotificationV1CampaignsUnsubscribeResourceWithRawResponse:
        from .unsubscribe import AsyncNotificationV1CampaignsUnsubscribeResourceWithRawResponse

        return AsyncNotificationV1CampaignsUnsubscribeResourceWithRawResponse(
            self._resource.unsubscribe
        )
