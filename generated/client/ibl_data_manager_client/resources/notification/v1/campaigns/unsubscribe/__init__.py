"""`Client.notification.v1.campaigns.unsubscribe`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.notifications import (
    notification_v1_campaigns_unsubscribe_retrieve as _notification_v1_campaigns_unsubscribe_retrieve,
)
from ......models.notification_v1_campaigns_unsubscribe_retrieve_response import (
    NotificationV1CampaignsUnsubscribeRetrieveResponse,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "NotificationV1CampaignsUnsubscribeResource",
    "NotificationV1CampaignsUnsubscribeResourceWithRawResponse",
    "AsyncNotificationV1CampaignsUnsubscribeResource",
    "AsyncNotificationV1CampaignsUnsubscribeResourceWithRawResponse",
]


class NotificationV1CampaignsUnsubscribeResource:
    """`Client.notification.v1.campaigns.unsubscribe`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1CampaignsUnsubscribeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1CampaignsUnsubscribeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        unsubscribe_hash: str,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1CampaignsUnsubscribeRetrieveResponse:
        """Unsubscribe from a campaign using a hash

        Args:
            unsubscribe_hash (str, path)

        Returns:
            NotificationV1CampaignsUnsubscribeRetrieveResponse
        """
        return self._client._send(
            _notification_v1_campaigns_unsubscribe_retrieve.OPERATION,
            _notification_v1_campaigns_unsubscribe_retrieve.build_request(
                unsubscribe_hash=unsubscribe_hash
            ),
            options,
        )


class NotificationV1CampaignsUnsubscribeResourceWithRawResponse:
    """`Client.notification.v1.campaigns.unsubscribe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1CampaignsUnsubscribeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncNotificationV1CampaignsUnsubscribeResource:
    """`AsyncClient.notification.v1.campaigns.unsubscribe`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1CampaignsUnsubscribeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1CampaignsUnsubscribeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        unsubscribe_hash: str,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1CampaignsUnsubscribeRetrieveResponse:
        """Unsubscribe from a campaign using a hash

        Args:
            unsubscribe_hash (str, path)

        Returns:
            NotificationV1CampaignsUnsubscribeRetrieveResponse
        """
        return await self._client._send(
            _notification_v1_campaigns_unsubscribe_retrieve.OPERATION,
            _notification_v1_campaigns_unsubscribe_retrieve.build_request(
                unsubscribe_hash=unsubscribe_hash
            ),
            options,
        )


class AsyncNotificationV1CampaignsUnsubscribeResourceWithRawResponse:
    """`AsyncClient.notification.v1.campaigns.unsubscribe`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1CampaignsUnsubscribeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
