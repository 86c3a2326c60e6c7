"""`Client.notification.v1.orgs.notification_builder.preview`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload
from uuid import UUID

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_orgs_notification_builder_preview_create as _notification_v1_orgs_notification_builder_preview_create,
)
from .......models.notification_preview import NotificationPreview
from .......models.notification_preview_context import NotificationPreviewContext
from .......models.notification_source import NotificationSource
from .......models.notification_template_data import NotificationTemplateData
from .......models.preview_response import PreviewResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1OrgsNotificationBuilderPreviewResource",
    "NotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse",
    "AsyncNotificationV1OrgsNotificationBuilderPreviewResource",
    "AsyncNotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse",
]


class NotificationV1OrgsNotificationBuilderPreviewResource:
    """`Client.notification.v1.orgs.notification_builder.preview`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> NotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: NotificationPreview,
        **options: Unpack[RequestOptions],
    ) -> PreviewResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        channels: list[int],
        sources: list[NotificationSource],
        template_id: None | Unset | UUID = UNSET,
        template_data: None | NotificationTemplateData | Unset = UNSET,
        context: NotificationPreviewContext | Unset = UNSET,
        process_on: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PreviewResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        body: NotificationPreview | Unset = UNSET,
        channels: list[int] | Unset = UNSET,
        sources: list[NotificationSource] | Unset = UNSET,
        template_id: None | Unset | UUID = UNSET,
        template_data: None | NotificationTemplateData | Unset = UNSET,
        context: NotificationPreviewContext | Unset = UNSET,
        process_on: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PreviewResponse:
        """Preview notification

        Preview notification recipients and get build ID for sending

        Args:
            platform_key (str, path)
            body (NotificationPreview, request body): Request serializer for notification
                preview
            Or the body's fields as keywords instead of body=: channels, sources, template_id,
                template_data, context, process_on

        Returns:
            PreviewResponse
        """
        body = body_from_fields(
            "notification.v1.orgs.notification_builder.preview.create",
            body,
            NotificationPreview,
            ["channels", "sources"],
            (
                ("channels", "channels", channels),
                ("sources", "sources", sources),
                ("template_id", "template_id", template_id),
                ("template_data", "template_data", template_data),
                ("context", "context", context),
                ("process_on", "process_on", process_on),
            ),
        )
        return self._client._send(
            _notification_v1_orgs_notification_builder_preview_create.OPERATION,
            _notification_v1_orgs_notification_builder_preview_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class NotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse:
    """`Client.notification.v1.orgs.notification_builder.preview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsNotificationBuilderPreviewResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1OrgsNotificationBuilderPreviewResource:
    """`AsyncClient.notification.v1.orgs.notification_builder.preview`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: NotificationPreview,
        **options: Unpack[RequestOptions],
    ) -> PreviewResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        channels: list[int],
        sources: list[NotificationSource],
        template_id: None | Unset | UUID = UNSET,
        template_data: None | NotificationTemplateData | Unset = UNSET,
        context: NotificationPreviewContext | Unset = UNSET,
        process_on: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PreviewResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: NotificationPreview | Unset = UNSET,
        channels: list[int] | Unset = UNSET,
        sources: list[NotificationSource] | Unset = UNSET,
        template_id: None | Unset | UUID = UNSET,
        template_data: None | NotificationTemplateData | Unset = UNSET,
        context: NotificationPreviewContext | Unset = UNSET,
        process_on: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PreviewResponse:
        """Preview notification

        Preview notification recipients and get build ID for sending

        Args:
            platform_key (str, path)
            body (NotificationPreview, request body): Request serializer for notification
                preview
            Or the body's fields as keywords instead of body=: channels, sources, template_id,
                template_data, context, process_on

        Returns:
            PreviewResponse
        """
        body = body_from_fields(
            "notification.v1.orgs.notification_builder.preview.create",
            body,
            NotificationPreview,
            ["channels", "sources"],
            (
                ("channels", "channels", channels),
                ("sources", "sources", sources),
                ("template_id", "template_id", template_id),
                ("template_data", "template_data", template_data),
                ("context", "context", context),
                ("process_on", "process_on", process_on),
            ),
        )
        return await self._client._send(
            _notification_v1_orgs_notification_builder_preview_create.OPERATION,
            _notification_v1_orgs_notification_builder_preview_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncNotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.notification_builder.preview`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsNotificationBuilderPreviewResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
