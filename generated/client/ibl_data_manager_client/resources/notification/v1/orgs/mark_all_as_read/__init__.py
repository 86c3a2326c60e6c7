"""`Client.notification.v1.orgs.mark_all_as_read`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.notifications import (
    notification_v1_orgs_mark_all_as_read_create as _notification_v1_orgs_mark_all_as_read_create,
)
from ......models.mark_all_read_request import MarkAllReadRequest
from ......models.mark_all_read_response import MarkAllReadResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsMarkAllAsReadResource",
    "NotificationV1OrgsMarkAllAsReadResourceWithRawResponse",
    "AsyncNotificationV1OrgsMarkAllAsReadResource",
    "AsyncNotificationV1OrgsMarkAllAsReadResourceWithRawResponse",
]


class NotificationV1OrgsMarkAllAsReadResource:
    """`Client.notification.v1.orgs.mark_all_as_read`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsMarkAllAsReadResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsMarkAllAsReadResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: MarkAllReadRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MarkAllReadResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        notification_ids: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MarkAllReadResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        body: MarkAllReadRequest | Unset = UNSET,
        notification_ids: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MarkAllReadResponse:
        """Mark all notifications as read for a user. Optionally provide specific notification IDs.
        Requires: Ibl.Notifications/Notification/write

        Args:
            platform_key (str, path)
            body (MarkAllReadRequest | Unset, request body): Serializer for the request to mark
                notifications as read.
            Or the body's fields as keywords instead of body=: notification_ids

        Returns:
            MarkAllReadResponse
        """
        body = optional_body_from_fields(
            "notification.v1.orgs.mark_all_as_read.create",
            body,
            MarkAllReadRequest,
            [],
            (("notification_ids", "notification_ids", notification_ids),),
        )
        return self._client._send(
            _notification_v1_orgs_mark_all_as_read_create.OPERATION,
            _notification_v1_orgs_mark_all_as_read_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class NotificationV1OrgsMarkAllAsReadResourceWithRawResponse:
    """`Client.notification.v1.orgs.mark_all_as_read`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsMarkAllAsReadResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1OrgsMarkAllAsReadResource:
    """`AsyncClient.notification.v1.orgs.mark_all_as_read`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1OrgsMarkAllAsReadResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsMarkAllAsReadResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: MarkAllReadRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MarkAllReadResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        notification_ids: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MarkAllReadResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: MarkAllReadRequest | Unset = UNSET,
        notification_ids: list[UUID] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MarkAllReadResponse:
        """Mark all notifications as read for a user. Optionally provide specific notification IDs.
        Requires: Ibl.Notifications/Notification/write

        Args:
            platform_key (str, path)
            body (MarkAllReadRequest | Unset, request body): Serializer for the request to mark
                notifications as read.
            Or the body's fields as keywords instead of body=: notification_ids

        Returns:
            MarkAllReadResponse
        """
        body = optional_body_from_fields(
            "notification.v1.orgs.mark_all_as_read.create",
            body,
            MarkAllReadRequest,
            [],
            (("notification_ids", "notification_ids", notification_ids),),
        )
        return await self._client._send(
            _notification_v1_orgs_mark_all_as_read_create.OPERATION,
            _notification_v1_orgs_mark_all_as_read_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncNotificationV1OrgsMarkAllAsReadResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.mark_all_as_read`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsMarkAllAsReadResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
