"""`Client.notification.v1.orgs.campaigns.exclude`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_campaigns_exclude_create as _notification_v1_orgs_campaigns_exclude_create,
)
from .......models.campaign_exclusion import CampaignExclusion
from .......models.notification_v1_orgs_campaigns_exclude_create_response import (
    NotificationV1OrgsCampaignsExcludeCreateResponse,
)
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsCampaignsExcludeResource",
    "NotificationV1OrgsCampaignsExcludeResourceWithRawResponse",
    "AsyncNotificationV1OrgsCampaignsExcludeResource",
    "AsyncNotificationV1OrgsCampaignsExcludeResourceWithRawResponse",
]


class NotificationV1OrgsCampaignsExcludeResource:
    """`Client.notification.v1.orgs.campaigns.exclude`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsCampaignsExcludeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsCampaignsExcludeResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: CampaignExclusion | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsExcludeCreateResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        campaign_id: int | Unset = UNSET,
        campaign_title: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsExcludeCreateResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        body: CampaignExclusion | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        campaign_title: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsExcludeCreateResponse:
        """Exclude a user from specified campaigns. Requires: Ibl.Notifications/Campaigns/action

        Args:
            platform_key (str, path)
            body (CampaignExclusion | Unset, request body): Serializer for campaign exclusion
                requests.
            Or the body's fields as keywords instead of body=: campaign_id, campaign_title,
                email

        Returns:
            NotificationV1OrgsCampaignsExcludeCreateResponse
        """
        body = optional_body_from_fields(
            "notification.v1.orgs.campaigns.exclude.create",
            body,
            CampaignExclusion,
            [],
            (
                ("campaign_id", "campaign_id", campaign_id),
                ("campaign_title", "campaign_title", campaign_title),
                ("email", "email", email),
            ),
        )
        return self._client._send(
            _notification_v1_orgs_campaigns_exclude_create.OPERATION,
            _notification_v1_orgs_campaigns_exclude_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class NotificationV1OrgsCampaignsExcludeResourceWithRawResponse:
    """`Client.notification.v1.orgs.campaigns.exclude`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsCampaignsExcludeResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1OrgsCampaignsExcludeResource:
    """`AsyncClient.notification.v1.orgs.campaigns.exclude`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1OrgsCampaignsExcludeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsCampaignsExcludeResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: CampaignExclusion | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsExcludeCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        campaign_id: int | Unset = UNSET,
        campaign_title: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsExcludeCreateResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: CampaignExclusion | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        campaign_title: str | Unset = UNSET,
        email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationV1OrgsCampaignsExcludeCreateResponse:
        """Exclude a user from specified campaigns. Requires: Ibl.Notifications/Campaigns/action

        Args:
            platform_key (str, path)
            body (CampaignExclusion | Unset, request body): Serializer for campaign exclusion
                requests.
            Or the body's fields as keywords instead of body=: campaign_id, campaign_title,
                email

        Returns:
            NotificationV1OrgsCampaignsExcludeCreateResponse
        """
        body = optional_body_from_fields(
            "notification.v1.orgs.campaigns.exclude.create",
            body,
            CampaignExclusion,
            [],
            (
                ("campaign_id", "campaign_id", campaign_id),
                ("campaign_title", "campaign_title", campaign_title),
                ("email", "email", email),
            ),
        )
        return await self._client._send(
            _notification_v1_orgs_campaigns_exclude_create.OPERATION,
            _notification_v1_orgs_campaigns_exclude_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncNotificationV1OrgsCampaignsExcludeResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.campaigns.exclude`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsCampaignsExcludeResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
