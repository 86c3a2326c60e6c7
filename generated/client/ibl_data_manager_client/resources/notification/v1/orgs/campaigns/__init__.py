"""`Client.notification.v1.orgs.campaigns`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .enable import (
        AsyncNotificationV1OrgsCampaignsEnableResource,
        AsyncNotificationV1OrgsCampaignsEnableResourceWithRawResponse,
        NotificationV1OrgsCampaignsEnableResource,
        NotificationV1OrgsCampaignsEnableResourceWithRawResponse,
    )
    from .exclude import (
        AsyncNotificationV1OrgsCampaignsExcludeResource,
        AsyncNotificationV1OrgsCampaignsExcludeResourceWithRawResponse,
        NotificationV1OrgsCampaignsExcludeResource,
        NotificationV1OrgsCampaignsExcludeResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1OrgsCampaignsResource",
    "NotificationV1OrgsCampaignsResourceWithRawResponse",
    "AsyncNotificationV1OrgsCampaignsResource",
    "AsyncNotificationV1OrgsCampaignsResourceWithRawResponse",
]


class NotificationV1OrgsCampaignsResource:
    """`Client.notification.v1.orgs.campaigns`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsCampaignsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsCampaignsResourceWithRawResponse(self)

    @cached_property
    def enable(self) -> NotificationV1OrgsCampaignsEnableResource:
        from .enable import NotificationV1OrgsCampaignsEnableResource

        return NotificationV1OrgsCampaignsEnableResource(self._client)

    @cached_property
    def exclude(self) -> NotificationV1OrgsCampaignsExcludeResource:
        from .exclude import NotificationV1OrgsCampaignsExcludeResource

        return NotificationV1OrgsCampaignsExcludeResource(self._client)


class NotificationV1OrgsCampaignsResourceWithRawResponse:
    """`Client.notification.v1.orgs.campaigns`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsCampaignsResource) -> None:
        self._resource = resource

    @cached_property
    def enable(self) -> NotificationV1OrgsCampaignsEnableResourceWithRawResponse:
        from .enable import NotificationV1OrgsCampaignsEnableResourceWithRawResponse

        return NotificationV1OrgsCampaignsEnableResourceWithRawResponse(self._resource.enable)

    @cached_property
    def exclude(self) -> NotificationV1OrgsCampaignsExcludeResourceWithRawResponse:
        from .exclude import NotificationV1OrgsCampaignsExcludeResourceWithRawResponse

        return NotificationV1OrgsCampaignsExcludeResourceWithRawResponse(self._resource.exclude)


class AsyncNotificationV1OrgsCampaignsResource:
    """`AsyncClient.notification.v1.orgs.campaigns`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1OrgsCampaignsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsCampaignsResourceWithRawResponse(self)

    @cached_property
    def enable(self) -> AsyncNotificationV1OrgsCampaignsEnableResource:
        from .enable import AsyncNotificationV1OrgsCampaignsEnableResource

        return AsyncNotificationV1OrgsCampaignsEnableResource(self._client)

    @cached_property
    def exclude(self) -> AsyncNotificationV1OrgsCampaignsExcludeResource:
        from .exclude import AsyncNotificationV1OrgsCampaignsExcludeResource

        return AsyncNotificationV1OrgsCampaignsExcludeResource(self._client)


class AsyncNotificationV1OrgsCampaignsResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.campaigns`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsCampaignsResource) -> None:
        self._resource = resource

    @cached_property
    def enable(self) -> AsyncNotificationV1OrgsCampaignsEnableResourceWithRawResponse:
        from .enable import AsyncNotificationV1OrgsCampaignsEnableResourceWithRawResponse

        return AsyncNotificationV1OrgsCampaignsEnableResourceWithRawResponse(self._resource.enable)

    @cached_property
    def exclude(self) -> AsyncNotificationV1OrgsCampaignsExcludeResourceWithRawResponse:
        from .exclude import AsyncNotificationV1OrgsCampaignsExcludeResourceWithRawResponse

        return AsyncNotificationV1OrgsCampaignsExcludeResourceWithRawResponse(
            self._resource.exclude
        )
