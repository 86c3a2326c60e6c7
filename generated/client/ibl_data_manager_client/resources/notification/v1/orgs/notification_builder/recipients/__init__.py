"""`Client.notification.v1.orgs.notification_builder.recipients`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_notification_builder_recipients_list as _notification_v1_orgs_notification_builder_recipients_list,
)
from .......models.recipient import Recipient
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsNotificationBuilderRecipientsResource",
    "NotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse",
    "AsyncNotificationV1OrgsNotificationBuilderRecipientsResource",
    "AsyncNotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse",
]


class NotificationV1OrgsNotificationBuilderRecipientsResource:
    """`Client.notification.v1.orgs.notification_builder.recipients`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> NotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Recipient]:
        """Get build recipients

        Get paginated list of recipients for a notification build

        Args:
            platform_key (str, path)
            id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)

        Returns:
            list[Recipient]
        """
        return self._client._send(
            _notification_v1_orgs_notification_builder_recipients_list.OPERATION,
            _notification_v1_orgs_notification_builder_recipients_list.build_request(
                platform_key=platform_key, id=id, page=page, page_size=page_size, search=search
            ),
            options,
        )


class NotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse:
    """`Client.notification.v1.orgs.notification_builder.recipients`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsNotificationBuilderRecipientsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncNotificationV1OrgsNotificationBuilderRecipientsResource:
    """`AsyncClient.notification.v1.orgs.notification_builder.recipients`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        id: str,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[Recipient]:
        """Get build recipients

        Get paginated list of recipients for a notification build

        Args:
            platform_key (str, path)
            id (str, path)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)

        Returns:
            list[Recipient]
        """
        return await self._client._send(
            _notification_v1_orgs_notification_builder_recipients_list.OPERATION,
            _notification_v1_orgs_notification_builder_recipients_list.build_request(
                platform_key=platform_key, id=id, page=page, page_size=page_size, search=search
            ),
            options,
        )


class AsyncNotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.notification_builder.recipients`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncNotificationV1OrgsNotificationBuilderRecipientsResource
    ) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
