"""`Client.notification.v1.orgs.notification_builder.send`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_notification_builder_send_create as _notification_v1_orgs_notification_builder_send_create,
)
from .......models.send_notification import SendNotification
from .......models.send_response import SendResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsNotificationBuilderSendResource",
    "NotificationV1OrgsNotificationBuilderSendResourceWithRawResponse",
    "AsyncNotificationV1OrgsNotificationBuilderSendResource",
    "AsyncNotificationV1OrgsNotificationBuilderSendResourceWithRawResponse",
]


class NotificationV1OrgsNotificationBuilderSendResource:
    """`Client.notification.v1.orgs.notification_builder.send`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsNotificationBuilderSendResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsNotificationBuilderSendResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: SendNotification,
        **options: Unpack[RequestOptions],
    ) -> SendResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        build_id: str,
        **options: Unpack[RequestOptions],
    ) -> SendResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        body: SendNotification | Unset = UNSET,
        build_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SendResponse:
        """Send notification

        Send notifications to all recipients in a build

        Args:
            platform_key (str, path)
            body (SendNotification, request body): Request serializer for sending notification
            Or the body's fields as keywords instead of body=: build_id

        Returns:
            SendResponse
        """
        body = body_from_fields(
            "notification.v1.orgs.notification_builder.send.create",
            body,
            SendNotification,
            ["build_id"],
            (("build_id", "build_id", build_id),),
        )
        return self._client._send(
            _notification_v1_orgs_notification_builder_send_create.OPERATION,
            _notification_v1_orgs_notification_builder_send_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class NotificationV1OrgsNotificationBuilderSendResourceWithRawResponse:
    """`Client.notification.v1.orgs.notification_builder.send`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsNotificationBuilderSendResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1OrgsNotificationBuilderSendResource:
    """`AsyncClient.notification.v1.orgs.notification_builder.send`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderSendResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsNotificationBuilderSendResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: SendNotification,
        **options: Unpack[RequestOptions],
    ) -> SendResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        build_id: str,
        **options: Unpack[RequestOptions],
    ) -> SendResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: SendNotification | Unset = UNSET,
        build_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SendResponse:
        """Send notification

        Send notifications to all recipients in a build

        Args:
            platform_key (str, path)
            body (SendNotification, request body): Request serializer for sending notification
            Or the body's fields as keywords instead of body=: build_id

        Returns:
            SendResponse
        """
        body = body_from_fields(
            "notification.v1.orgs.notification_builder.send.create",
            body,
            SendNotification,
            ["build_id"],
            (("build_id", "build_id", build_id),),
        )
        return await self._client._send(
            _notification_v1_orgs_notification_builder_send_create.OPERATION,
            _notification_v1_orgs_notification_builder_send_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncNotificationV1OrgsNotificationBuilderSendResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.notification_builder.send`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsNotificationBuilderSendResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
