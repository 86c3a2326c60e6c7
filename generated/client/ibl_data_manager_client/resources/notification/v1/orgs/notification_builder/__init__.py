"""`Client.notification.v1.orgs.notification_builder`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .context import (
        AsyncNotificationV1OrgsNotificationBuilderContextResource,
        AsyncNotificationV1OrgsNotificationBuilderContextResourceWithRawResponse,
        NotificationV1OrgsNotificationBuilderContextResource,
        NotificationV1OrgsNotificationBuilderContextResourceWithRawResponse,
    )
    from .preview import (
        AsyncNotificationV1OrgsNotificationBuilderPreviewResource,
        AsyncNotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse,
        NotificationV1OrgsNotificationBuilderPreviewResource,
        NotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse,
    )
    from .recipients import (
        AsyncNotificationV1OrgsNotificationBuilderRecipientsResource,
        AsyncNotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse,
        NotificationV1OrgsNotificationBuilderRecipientsResource,
        NotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse,
    )
    from .send import (
        AsyncNotificationV1OrgsNotificationBuilderSendResource,
        AsyncNotificationV1OrgsNotificationBuilderSendResourceWithRawResponse,
        NotificationV1OrgsNotificationBuilderSendResource,
        NotificationV1OrgsNotificationBuilderSendResourceWithRawResponse,
    )
    from .validate_source import (
        AsyncNotificationV1OrgsNotificationBuilderValidateSourceResource,
        AsyncNotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse,
        NotificationV1OrgsNotificationBuilderValidateSourceResource,
        NotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse,
    )

__all__ = [
    "NotificationV1OrgsNotificationBuilderResource",
    "NotificationV1OrgsNotificationBuilderResourceWithRawResponse",
    "AsyncNotificationV1OrgsNotificationBuilderResource",
    "AsyncNotificationV1OrgsNotificationBuilderResourceWithRawResponse",
]


class NotificationV1OrgsNotificationBuilderResource:
    """`Client.notification.v1.orgs.notification_builder`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationV1OrgsNotificationBuilderResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return NotificationV1OrgsNotificationBuilderResourceWithRawResponse(self)

    @cached_property
    def context(self) -> NotificationV1OrgsNotificationBuilderContextResource:
        from .context import NotificationV1OrgsNotificationBuilderContextResource

        return NotificationV1OrgsNotificationBuilderContextResource(self._client)

    @cached_property
    def preview(self) -> NotificationV1OrgsNotificationBuilderPreviewResource:
        from .preview import NotificationV1OrgsNotificationBuilderPreviewResource

        return NotificationV1OrgsNotificationBuilderPreviewResource(self._client)

    @cached_property
    def recipients(self) -> NotificationV1OrgsNotificationBuilderRecipientsResource:
        from .recipients import NotificationV1OrgsNotificationBuilderRecipientsResource

        return NotificationV1OrgsNotificationBuilderRecipientsResource(self._client)

    @cached_property
    def send(self) -> NotificationV1OrgsNotificationBuilderSendResource:
        from .send import NotificationV1OrgsNotificationBuilderSendResource

        return NotificationV1OrgsNotificationBuilderSendResource(self._client)

    @cached_property
    def validate_source(self) -> NotificationV1OrgsNotificationBuilderValidateSourceResource:
        from .validate_source import NotificationV1OrgsNotificationBuilderValidateSourceResource

        return NotificationV1OrgsNotificationBuilderValidateSourceResource(self._client)


class NotificationV1OrgsNotificationBuilderResourceWithRawResponse:
    """`Client.notification.v1.orgs.notification_builder`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: NotificationV1OrgsNotificationBuilderResource) -> None:
        self._resource = resource

    @cached_property
    def context(self) -> NotificationV1OrgsNotificationBuilderContextResourceWithRawResponse:
        from .context import NotificationV1OrgsNotificationBuilderContextResourceWithRawResponse

        return NotificationV1OrgsNotificationBuilderContextResourceWithRawResponse(
            self._resource.context
        )

    @cached_property
    def preview(self) -> NotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse:
        from .preview import NotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse

        return NotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse(
            self._resource.preview
        )

    @cached_property
    def recipients(self) -> NotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse:
        from .recipients import (
            NotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse,
        )

        return NotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse(
            self._resource.recipients
        )

    @cached_property
    def send(self) -> NotificationV1OrgsNotificationBuilderSendResourceWithRawResponse:
        from .send import NotificationV1OrgsNotificationBuilderSendResourceWithRawResponse

        return NotificationV1OrgsNotificationBuilderSendResourceWithRawResponse(self._resource.send)

    @cached_property
    def validate_source(
        self,
    ) -> NotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse:
        from .validate_source import (
            NotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse,
        )

        return NotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse(
            self._resource.validate_source
        )


class AsyncNotificationV1OrgsNotificationBuilderResource:
    """`AsyncClient.notification.v1.orgs.notification_builder`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncNotificationV1OrgsNotificationBuilderResourceWithRawResponse(self)

    @cached_property
    def context(self) -> AsyncNotificationV1OrgsNotificationBuilderContextResource:
        from .context import AsyncNotificationV1OrgsNotificationBuilderContextResource

        return AsyncNotificationV1OrgsNotificationBuilderContextResource(self._client)

    @cached_property
    def preview(self) -> AsyncNotificationV1OrgsNotificationBuilderPreviewResource:
        from .preview import AsyncNotificationV1OrgsNotificationBuilderPreviewResource

        return AsyncNotificationV1OrgsNotificationBuilderPreviewResource(self._client)

    @cached_property
    def recipients(self) -> AsyncNotificationV1OrgsNotificationBuilderRecipientsResource:
        from .recipients import AsyncNotificationV1OrgsNotificationBuilderRecipientsResource

        return AsyncNotificationV1OrgsNotificationBuilderRecipientsResource(self._client)

    @cached_property
    def send(self) -> AsyncNotificationV1OrgsNotificationBuilderSendResource:
        from .send import AsyncNotificationV1OrgsNotificationBuilderSendResource

        return AsyncNotificationV1OrgsNotificationBuilderSendResource(self._client)

    @cached_property
    def validate_source(self) -> AsyncNotificationV1OrgsNotificationBuilderValidateSourceResource:
        from .validate_source import (
            AsyncNotificationV1OrgsNotificationBuilderValidateSourceResource,
        )

        return AsyncNotificationV1OrgsNotificationBuilderValidateSourceResource(self._client)


class AsyncNotificationV1OrgsNotificationBuilderResourceWithRawResponse:
    """`AsyncClient.notification.v1.orgs.notification_builder`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncNotificationV1OrgsNotificationBuilderResource) -> None:
        self._resource = resource

    @cached_property
    def context(self) -> AsyncNotificationV1OrgsNotificationBuilderContextResourceWithRawResponse:
        from .context import (
            AsyncNotificationV1OrgsNotificationBuilderContextResourceWithRawResponse,
        )

        return AsyncNotificationV1OrgsNotificationBuilderContextResourceWithRawResponse(
            self._resource.context
        )

    @cached_property
    def preview(self) -> AsyncNotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse:
        from .preview import (
            AsyncNotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse,
        )

        return AsyncNotificationV1OrgsNotificationBuilderPreviewResourceWithRawResponse(
            self._resource.preview
        )

    @cached_property
    def recipients(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse:
        from .recipients import (
            AsyncNotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse,
        )

        return AsyncNotificationV1OrgsNotificationBuilderRecipientsResourceWithRawResponse(
            self._resource.recipients
        )

    @cached_property
    def send(self) -> AsyncNotificationV1OrgsNotificationBuilderSendResourceWithRawResponse:
        from .send import AsyncNotificationV1OrgsNotificationBuilderSendResourceWithRawResponse

        return AsyncNotificationV1OrgsNotificationBuilderSendResourceWithRawResponse(
            self._resource.send
        )

    @cached_property
    def validate_source(
        self,
    ) -> AsyncNotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse:
        from .validate_source import (
            AsyncNotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse,
        )

        return AsyncNotificationV1OrgsNotificationBuilderValidateSourceResourceWithRawResponse(
            self._resource.validate_source
        )
