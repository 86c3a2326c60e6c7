"""`Client.notification.v1.platforms.templates.test`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, optional_body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_platforms_templates_test_create as _notification_v1_platforms_templates_test_create,
)
from .......models.notification_template_test import NotificationTemplateTest
from .......models.notification_template_test_response import NotificationTemplateTestResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1PlatformsTemplatesTestResource",
    "NotificationV1PlatformsTemplatesTestResourceWithRawResponse",
    "AsyncNotificationV1PlatformsTemplatesTestResource",
    "AsyncNotificationV1PlatformsTemplatesTestResourceWithRawResponse",
]


class NotificationV1PlatformsTemplatesTestResource:
    """`Client.notification.v1.platforms.templates.test`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1PlatformsTemplatesTestResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1PlatformsTemplatesTestResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: NotificationTemplateTest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateTestResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        notification_type: str,
        context: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateTestResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: NotificationTemplateTest | Unset = UNSET,
        context: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateTestResponse:
        """Send test notification

        Send a test notification to verify template rendering and delivery. Sends to the
        requesting admin's email or a specified test email. Requires permission:
        Ibl.Notifications/NotificationTemplate/action

        Args:
            platform_key (str, path)
            notification_type (str, path)
            body (NotificationTemplateTest | Unset, request body): Serializer for testing
                notification template
            Or the body's fields as keywords instead of body=: context

        Returns:
            NotificationTemplateTestResponse
        """
        body = optional_body_from_fields(
            "notification.v1.platforms.templates.test.create",
            body,
            NotificationTemplateTest,
            [],
            (("context", "context", context),),
        )
        return self._client._send(
            _notification_v1_platforms_templates_test_create.OPERATION,
            _notification_v1_platforms_templates_test_create.build_request(
                platform_key=platform_key, notification_type=notification_type, body=body
            ),
            options,
        )


class NotificationV1PlatformsTemplatesTestResourceWithRawResponse:
    """`Client.notification.v1.platforms.templates.test`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1PlatformsTemplatesTestResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1PlatformsTemplatesTestResource:
    """`AsyncClient.notification.v1.platforms.templates.test`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationV1PlatformsTemplatesTestResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1PlatformsTemplatesTestResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: NotificationTemplateTest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateTestResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        notification_type: str,
        context: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateTestResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        notification_type: str,
        body: NotificationTemplateTest | Unset = UNSET,
        context: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> NotificationTemplateTestResponse:
        """Send test notification

        Send a test notification to verify template rendering and delivery. Sends to the
        requesting admin's email or a specified test email. Requires permission:
        Ibl.Notifications/NotificationTemplate/action

        Args:
            platform_key (str, path)
            notification_type (str, path)
            body (NotificationTemplateTest | Unset, request body): Serializer for testing
                notification template
            Or the body's fields as keywords instead of body=: context

        Returns:
            NotificationTemplateTestResponse
        """
        body = optional_body_from_fields(
            "notification.v1.platforms.templates.test.create",
            body,
            NotificationTemplateTest,
            [],
            (("context", "context", context),),
        )
        return await self._client._send(
            _notification_v1_platforms_templates_test_create.OPERATION,
            _notification_v1_platforms_templates_test_create.build_request(
                platform_key=platform_key, notification_type=notification_type, body=body
            ),
            options,
        )


class AsyncNotificationV1PlatformsTemplatesTestResourceWithRawResponse:
    """`AsyncClient.notification.v1.platforms.templates.test`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1PlatformsTemplatesTestResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
