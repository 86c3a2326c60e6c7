"""`Client.notification.v1.platforms.config.test_smtp`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.notifications import (
    notification_v1_platforms_config_test_smtp_create as _notification_v1_platforms_config_test_smtp_create,
)
from .......models.test_smtp_credentials import TestSMTPCredentials
from .......models.test_smtp_response import TestSMTPResponse
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "NotificationV1PlatformsConfigTestSmtpResource",
    "NotificationV1PlatformsConfigTestSmtpResourceWithRawResponse",
    "AsyncNotificationV1PlatformsConfigTestSmtpResource",
    "AsyncNotificationV1PlatformsConfigTestSmtpResourceWithRawResponse",
]


class NotificationV1PlatformsConfigTestSmtpResource:
    """`Client.notification.v1.platforms.config.test_smtp`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1PlatformsConfigTestSmtpResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1PlatformsConfigTestSmtpResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        platform_key: str,
        body: TestSMTPCredentials,
        **options: Unpack[RequestOptions],
    ) -> TestSMTPResponse: ...

    @overload
    def create(
        self,
        *,
        platform_key: str,
        smtp_host: str,
        smtp_port: int,
        smtp_username: str,
        smtp_password: str,
        test_email: str,
        use_tls: bool | Unset = UNSET,
        use_ssl: bool | Unset = UNSET,
        from_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TestSMTPResponse: ...

    def create(
        self,
        *,
        platform_key: str,
        body: TestSMTPCredentials | Unset = UNSET,
        smtp_host: str | Unset = UNSET,
        smtp_port: int | Unset = UNSET,
        smtp_username: str | Unset = UNSET,
        smtp_password: str | Unset = UNSET,
        test_email: str | Unset = UNSET,
        use_tls: bool | Unset = UNSET,
        use_ssl: bool | Unset = UNSET,
        from_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TestSMTPResponse:
        """Test SMTP credentials for a platform

        Test SMTP credentials by sending a test email to the specified address. Requires:
        Ibl.Notifications/SMTP/action

        Args:
            platform_key (str, path)
            body (TestSMTPCredentials, request body): Serializer for testing SMTP credentials
            Or the body's fields as keywords instead of body=: smtp_host, smtp_port,
                smtp_username, smtp_password, test_email, use_tls, use_ssl, from_email

        Returns:
            TestSMTPResponse
        """
        body = body_from_fields(
            "notification.v1.platforms.config.test_smtp.create",
            body,
            TestSMTPCredentials,
            ["smtp_host", "smtp_port", "smtp_username", "smtp_password", "test_email"],
            (
                ("smtp_host", "smtp_host", smtp_host),
                ("smtp_port", "smtp_port", smtp_port),
                ("smtp_username", "smtp_username", smtp_username),
                ("smtp_password", "smtp_password", smtp_password),
                ("test_email", "test_email", test_email),
                ("use_tls", "use_tls", use_tls),
                ("use_ssl", "use_ssl", use_ssl),
                ("from_email", "from_email", from_email),
            ),
        )
        return self._client._send(
            _notification_v1_platforms_config_test_smtp_create.OPERATION,
            _notification_v1_platforms_config_test_smtp_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class NotificationV1PlatformsConfigTestSmtpResourceWithRawResponse:
    """`Client.notification.v1.platforms.config.test_smtp`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1PlatformsConfigTestSmtpResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncNotificationV1PlatformsConfigTestSmtpResource:
    """`AsyncClient.notification.v1.platforms.config.test_smtp`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1PlatformsConfigTestSmtpResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1PlatformsConfigTestSmtpResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        body: TestSMTPCredentials,
        **options: Unpack[RequestOptions],
    ) -> TestSMTPResponse: ...

    @overload
    async def create(
        self,
        *,
        platform_key: str,
        smtp_host: str,
        smtp_port: int,
        smtp_username: str,
        smtp_password: str,
        test_email: str,
        use_tls: bool | Unset = UNSET,
        use_ssl: bool | Unset = UNSET,
        from_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TestSMTPResponse: ...

    async def create(
        self,
        *,
        platform_key: str,
        body: TestSMTPCredentials | Unset = UNSET,
        smtp_host: str | Unset = UNSET,
        smtp_port: int | Unset = UNSET,
        smtp_username: str | Unset = UNSET,
        smtp_password: str | Unset = UNSET,
        test_email: str | Unset = UNSET,
        use_tls: bool | Unset = UNSET,
        use_ssl: bool | Unset = UNSET,
        from_email: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TestSMTPResponse:
        """Test SMTP credentials for a platform

        Test SMTP credentials by sending a test email to the specified address. Requires:
        Ibl.Notifications/SMTP/action

        Args:
            platform_key (str, path)
            body (TestSMTPCredentials, request body): Serializer for testing SMTP credentials
            Or the body's fields as keywords instead of body=: smtp_host, smtp_port,
                smtp_username, smtp_password, test_email, use_tls, use_ssl, from_email

        Returns:
            TestSMTPResponse
        """
        body = body_from_fields(
            "notification.v1.platforms.config.test_smtp.create",
            body,
            TestSMTPCredentials,
            ["smtp_host", "smtp_port", "smtp_username", "smtp_password", "test_email"],
            (
                ("smtp_host", "smtp_host", smtp_host),
                ("smtp_port", "smtp_port", smtp_port),
                ("smtp_username", "smtp_username", smtp_username),
                ("smtp_password", "smtp_password", smtp_password),
                ("test_email", "test_email", test_email),
                ("use_tls", "use_tls", use_tls),
                ("use_ssl", "use_ssl", use_ssl),
                ("from_email", "from_email", from_email),
            ),
        )
        return await self._client._send(
            _notification_v1_platforms_config_test_smtp_create.OPERATION,
            _notification_v1_platforms_config_test_smtp_create.build_request(
                platform_key=platform_key, body=body
            ),
            options,
        )


class AsyncNotificationV1PlatformsConfigTestSmtpResourceWithRawResponse:
    """`AsyncClient.notification.v1.platforms.config.test_smtp`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1PlatformsConfigTestSmtpResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
