"""`Client.notification.v1`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .campaigns import (
        AsyncNotificationV1CampaignsResource,
        AsyncNotificationV1CampaignsResourceWithRawResponse,
        NotificationV1CampaignsResource,
        NotificationV1CampaignsResourceWithRawResponse,
    )
    from .orgs import (
        AsyncNotificationV1OrgsResource,
        AsyncNotificationV1OrgsResourceWithRawResponse,
        NotificationV1OrgsResource,
        NotificationV1OrgsResourceWithRawResponse,
    )
    from .platforms import (
        AsyncNotificationV1PlatformsResource,
        AsyncNotificationV1PlatformsResourceWithRawResponse,
        NotificationV1PlatformsResource,
        NotificationV1PlatformsResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1Resource",
    "NotificationV1ResourceWithRawResponse",
    "AsyncNotificationV1Resource",
    "AsyncNotificationV1ResourceWithRawResponse",
]


class NotificationV1Resource:
    """`Client.notification.v1`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1ResourceWithRawResponse(self)

    @cached_property
    def campaigns(self) -> NotificationV1CampaignsResource:
        from .campaigns import NotificationV1CampaignsResource

        return NotificationV1CampaignsResource(self._client)

    @cached_property
    def orgs(self) -> NotificationV1OrgsResource:
        from .orgs import NotificationV1OrgsResource

        return NotificationV1OrgsResource(self._client)

    @cached_property
    def platforms(self) -> NotificationV1PlatformsResource:
        from .platforms import NotificationV1PlatformsResource

        return NotificationV1PlatformsResource(self._client)


class NotificationV1ResourceWithRawResponse:
    """`Client.notification.v1`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1Resource) -> None:
        self._resource = resource

    @cached_property
    def campaigns(self) -> NotificationV1CampaignsResourceWithRawResponse:
        from .campaigns import NotificationV1CampaignsResourceWithRawResponse

        return NotificationV1CampaignsResourceWithRawResponse(self._resource.campaigns)

    @cached_property
    def orgs(self) -> NotificationV1OrgsResourceWithRawResponse:
        from .orgs import NotificationV1OrgsResourceWithRawResponse

        return NotificationV1OrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def platforms(self) -> NotificationV1PlatformsResourceWithRawResponse:
        from .platforms import NotificationV1PlatformsResourceWithRawResponse

        return NotificationV1PlatformsResourceWithRawResponse(self._resource.platforms)


class AsyncNotificationV1Resource:
    """`AsyncClient.notification.v1`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1ResourceWithRawResponse(self)

    @cached_property
    def campaigns(self) -> AsyncNotificationV1CampaignsResource:
        from .campaigns import AsyncNotificationV1CampaignsResource

        return AsyncNotificationV1CampaignsResource(self._client)

    @cached_property
    def orgs(self) -> AsyncNotificationV1OrgsResource:
        from .orgs import AsyncNotificationV1OrgsResource

        return AsyncNotificationV1OrgsResource(self._client)

    @cached_property
    def platforms(self) -> AsyncNotificationV1PlatformsResource:
        from .platforms import AsyncNotificationV1PlatformsResource

        return AsyncNotificationV1PlatformsResource(self._client)


class AsyncNotificationV1ResourceWithRawResponse:
    """`AsyncClient.notification.v1`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1Resource) -> None:
        self._resource = resource

    @cached_property
    def campaigns(self) -> AsyncNotificationV1CampaignsResourceWithRawResponse:
        from .campaigns import AsyncNotificationV1CampaignsResourceWithRawResponse

        return AsyncNotificationV1CampaignsResourceWithRawResponse(self._resource.campaigns)

    @cached_property
    def orgs(self) -> AsyncNotificationV1OrgsResourceWithRawResponse:
        from .orgs import AsyncNotificationV1OrgsResourceWithRawResponse

        return AsyncNotificationV1OrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def platforms(self) -> AsyncNotificationV1PlatformsResourceWithRawResponse:
        from .platforms import AsyncNotificationV1PlatformsResourceWithRawResponse

        return AsyncNotificationV1PlatformsResourceWithRawResponse(self._resource.platforms)
