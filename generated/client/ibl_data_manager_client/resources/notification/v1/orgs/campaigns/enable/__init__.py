"""`Client.notification.v1.orgs.campaigns.enable`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_campaigns_enable_create as _notification_v1_orgs_campaigns_enable_create,
)
from .......models.campaign_enablement import CampaignEnablement
from .......models.notification_v1_orgs_campaigns_enable_create_response import (
    NotificationV1OrgsCampaignsEnableCreateResponse,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsCampaignsEnableResource",
    "NotificationV1OrgsCampaignsEnableResourceWithRawResponse",
    "AsyncNotificationV1OrgsCampaignsEnableResource",
    "AsyncNotificationV1OrgsCampaignsEnableResourceWithRawResponse",
]


class NotificationV1OrgsCampaignsEnableResource:
    """`Client.notification.v1.orgs.campaigns.enable`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsCampaignsEnableResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsCampaignsEnableResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: CampaignEnablement | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsEnableCreateResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        campaign_id: int | Unset = UNSET,
        campaign_title: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsEnableCreateResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        body: CampaignEnablement | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        campaign_title: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsEnableCreateResponse:
        """Re-enable campaigns for a user. Requires: Ibl.Notifications/Campaigns/action

        Args:
            platform_key (str, path)
            body (CampaignEnablement | Unset, request body): Serializer for campaign enablement
                requests.
            Or the body's fields as keywords instead of body=: campaign_id, campaign_title,
                email

        Returns:
            NotificationV1OrgsCampaignsEnableCreateResponse
        """
        body = optional_body_from_fields(
            "notification.v1.orgs.campaigns.enable.create",
            body,
            CampaignEnablement,
            [],
            (
                ("campaign_id", "campaign_id", campaign_id),
                ("campaign_title", "campaign_title", campaign_title),
                ("email", "email", email),
            ),
        )
        return self._client._send(
            _notification_v1_orgs_campaigns_enable_create.OPERATION,
            _notification_v1_orgs_campaigns_enable_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class NotificationV1OrgsCampaignsEnableResourceWithRawResponse:
    """`Client.notification.v1.orgs.campaigns.enable`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsCampaignsEnableResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1OrgsCampaignsEnableResource:
    """`AsyncClient.notification.v1.orgs.campaigns.enable`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1OrgsCampaignsEnableResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsCampaignsEnableResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: CampaignEnablement | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsEnableCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        campaign_id: int | Unset = UNSET,
        campaign_title: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsEnableCreateResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: CampaignEnablement | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        campaign_title: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsEnableCreateResponse:
        """Re-enable campaigns for a user. Requires: Ibl.Notifications/Campaigns/action

        Args:
            platform_key (str, path)
            body (CampaignEnablement | Unset, request body): Serializer for campaign enablement
                requests.
            Or the body's fields as keywords instead of body=: campaign_id, campaign_title,
                email

        Returns:
            NotificationV1OrgsCampaignsEnableCreateResponse
        """
        body = optional_body_from_fields(
            "notification.v1.orgs.campaigns.enable.create",
            body,
            CampaignEnablement,
            [],
            (
                ("campaign_id", "campaign_id", campaign_id),
                ("campaign_title", "campaign_title", campaign_title),
                ("email", "email", email),
            ),
        )
        return await self._client._send(
            _notification_v1_orgs_campaigns_enable_create.OPERATION,
            _notification_v1_orgs_campaigns_enable_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncNotificationV1OrgsCampaignsEnableResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.campaigns.enable`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsCampaignsEnableResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
