"""`Client.notification.v1.orgs.notification_builder.context`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_notification_builder_context_retrieve as _notification_v1_orgs_notification_builder_context_retrieve,
)
from .......models.context_response import ContextResponse

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsNotificationBuilderContextResource",
    "NotificationV1OrgsNotificationBuilderContextResourceWithRawResponse",
    "AsyncNotificationV1OrgsNotificationBuilderContextResource",
    "AsyncNotificationV1OrgsNotificationBuilderContextResourceWithRawResponse",
]


class NotificationV1OrgsNotificationBuilderContextResource:
    """`Client.notification.v1.orgs.notification_builder.context`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> NotificationV1OrgsNotificationBuilderContextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsNotificationBuilderContextResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> ContextResponse:
        """Get notification context data

        Get all context data needed for notification building including templates, channels, and
        platforms

        Args:
            platform_key (str, path)

        Returns:
            ContextResponse
        """
        return self._client._send(
            _notification_v1_orgs_notification_builder_context_retrieve.OPERATION,
            _notification_v1_orgs_notification_builder_context_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class NotificationV1OrgsNotificationBuilderContextResourceWithRawResponse:
    """`Client.notification.v1.orgs.notification_builder.context`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsNotificationBuilderContextResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncNotificationV1OrgsNotificationBuilderContextResource:
    """`AsyncClient.notification.v1.orgs.notification_builder.context`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderContextResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsNotificationBuilderContextResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> ContextResponse:
        """Get notification context data

        Get all context data needed for notification building including templates, channels, and
        platforms

        Args:
            platform_key (str, path)

        Returns:
            ContextResponse
        """
        return await self._client._send(
            _notification_v1_orgs_notification_builder_context_retrieve.OPERATION,
            _notification_v1_orgs_notification_builder_context_retrieve.build_request(
                platform_key=platform_key
            ),
            options,
        )


class AsyncNotificationV1OrgsNotificationBuilderContextResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.notification_builder.context`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsNotificationBuilderContextResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
