"""`Client.ai_mentor.webhooks.azure`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .emailchat import (
        AiMentorWebhooksAzureEmailchatResource,
        AiMentorWebhooksAzureEmailchatResourceWithRawResponse,
        AsyncAiMentorWebhooksAzureEmailchatResource,
        AsyncAiMentorWebhooksAzureEmailchatResourceWithRawResponse,
    )

__all__ = [
    "AiMentorWebhooksAzureResource",
    "AiMentorWebhooksAzureResourceWithRawResponse",
    "AsyncAiMentorWebhooksAzureResource",
    "AsyncAiMentorWebhooksAzureResourceWithRawResponse",
]


class AiMentorWebhooksAzureResource:
    """`Client.ai_mentor.webhooks.azure`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorWebhooksAzureResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorWebhooksAzureResourceWithRawResponse(self)

    @cached_property
    def emailchat(self) -> AiMentorWebhooksAzureEmailchatResource:
        from .emailchat import AiMentorWebhooksAzureEmailchatResource

        return AiMentorWebhooksAzureEmailchatResource(self._client)


class AiMentorWebhooksAzureResourceWithRawResponse:
    """`Client.ai_mentor.webhooks.azure`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorWebhooksAzureResource) -> None:
        self._resource = resource

    @cached_property
    def emailchat(self) -> AiMentorWebhooksAzureEmailchatResourceWithRawResponse:
        from .emailchat import AiMentorWebhooksAzureEmailchatResourceWithRawResponse

        return AiMentorWebhooksAzureEmailchatResourceWithRawResponse(self._resource.emailchat)


class AsyncAiMentorWebhooksAzureResource:
    """`AsyncClient.ai_mentor.webhooks.azure`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorWebhooksAzureResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorWebhooksAzureResourceWithRawResponse(self)

    @cached_property
    def emailchat(self) -> AsyncAiMentorWebhooksAzureEmailchatResource:
        from .emailchat import AsyncAiMentorWebhooksAzureEmailchatResource

        return AsyncAiMentorWebhooksAzureEmailchatResource(self._client)


class AsyncAiMentorWebhooksAzureResourceWithRawResponse:
    """`AsyncClient.ai_mentor.webhooks.azure`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorWebhooksAzureResource) -> None:
        self._resource = resource

    @cached_property
    def emailchat(self) -> AsyncAiMentorWebhooksAzureEmailchatResourceWithRawResponse:
        from .emailchat import AsyncAiMentorWebhooksAzureEmailchatResourceWithRawResponse

        return AsyncAiMentorWebhooksAzureEmailchatResourceWithRawResponse(self._resource.emailchat)
