"""`Client.notification.v1.orgs.notification_builder.validate_source`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_notification_builder_validate_source_create as _notification_v1_orgs_notification_builder_validate_source_create,
)
from .......models.notification_source import NotificationSource
from .......models.notification_source_type_enum import NotificationSourceTypeEnum
from .......models.validate_source_response import ValidateSourceResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsNotificationBuilderValidateSourceResource",
    "NotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse",
    "AsyncNotificationV1OrgsNotificationBuilderValidateSourceResource",
    "AsyncNotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse",
]


class NotificationV1OrgsNotificationBuilderValidateSourceResource:
    """`Client.notification.v1.orgs.notification_builder.validate_source`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> NotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: NotificationSource,
        **options: Unpack[RequestOptions],
    ) -> ValidateSourceResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        type_: NotificationSourceTypeEnum,
        data: Any,
        **options: Unpack[RequestOptions],
    ) -> ValidateSourceResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        body: NotificationSource | Unset = UNSET,
        type_: NotificationSourceTypeEnum | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ValidateSourceResponse:
        """Validate notification source

        Validate a single notification source (email, username, platform, csv)

        Args:
            platform_key (str, path)
            body (NotificationSource, request body): Request serializer for source validation
            Or the body's fields as keywords instead of body=: type_, data

        Returns:
            ValidateSourceResponse
        """
        body = body_from_fields(
            "notification.v1.orgs.notification_builder.validate_source.create",
            body,
            NotificationSource,
            ["type_", "data"],
            (
                ("type_", "type_", type_),
                ("data", "data", data),
            ),
        )
        return self._client._send(
            _notification_v1_orgs_notification_builder_validate_source_create.OPERATION,
            _notification_v1_orgs_notification_builder_validate_source_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class NotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse:
    """`Client.notification.v1.orgs.notification_builder.validate_source`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: NotificationV1OrgsNotificationBuilderValidateSourceResource
    ) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1OrgsNotificationBuilderValidateSourceResource:
    """`AsyncClient.notification.v1.orgs.notification_builder.validate_source`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: NotificationSource,
        **options: Unpack[RequestOptions],
    ) -> ValidateSourceResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        type_: NotificationSourceTypeEnum,
        data: Any,
        **options: Unpack[RequestOptions],
    ) -> ValidateSourceResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: NotificationSource | Unset = UNSET,
        type_: NotificationSourceTypeEnum | Unset = UNSET,
        data: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ValidateSourceResponse:
        """Validate notification source

        Validate a single notification source (email, username, platform, csv)

        Args:
            platform_key (str, path)
            body (NotificationSource, request body): Request serializer for source validation
            Or the body's fields as keywords instead of body=: type_, data

        Returns:
            ValidateSourceResponse
        """
        body = body_from_fields(
            "notification.v1.orgs.notification_builder.validate_source.create",
            body,
            NotificationSource,
            ["type_", "data"],
            (
                ("type_", "type_", type_),
                ("data", "data", data),
            ),
        )
        return await self._client._send(
            _notification_v1_orgs_notification_builder_validate_source_create.OPERATION,
            _notification_v1_orgs_notification_builder_validate_source_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncNotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.notification_builder.validate_source`, whose methods return an `APIResponse` around their value."""

    def __init__(
        self, resource: AsyncNotificationV1OrgsNotificationBuilderValidateSourceResource
    ) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
