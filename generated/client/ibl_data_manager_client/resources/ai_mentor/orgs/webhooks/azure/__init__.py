"""`Client.ai_mentor.orgs.webhooks.azure`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .trigger import (
        AiMentorOrgsWebhooksAzureTriggerResource,
        AiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse,
        AsyncAiMentorOrgsWebhooksAzureTriggerResource,
        AsyncAiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsWebhooksAzureResource",
    "AiMentorOrgsWebhooksAzureResourceWithRawResponse",
    "AsyncAiMentorOrgsWebhooksAzureResource",
    "AsyncAiMentorOrgsWebhooksAzureResourceWithRawResponse",
]


class AiMentorOrgsWebhooksAzureResource:
    """`Client.ai_mentor.orgs.webhooks.azure`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWebhooksAzureResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWebhooksAzureResourceWithRawResponse(self)

    @cached_property
    def trigger(self) -> AiMentorOrgsWebhooksAzureTriggerResource:
        from .trigger import AiMentorOrgsWebhooksAzureTriggerResource

        return AiMentorOrgsWebhooksAzureTriggerResource(self._client)


class AiMentorOrgsWebhooksAzureResourceWithRawResponse:
    """`Client.ai_mentor.orgs.webhooks.azure`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWebhooksAzureResource) -> None:
        self._resource = resource

    @cached_property
    def trigger(self) -> AiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse:
        from .trigger import AiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse

        return AiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse(self._resource.trigger)


class AsyncAiMentorOrgsWebhooksAzureResource:
    """`AsyncClient.ai_mentor.orgs.webhooks.azure`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsWebhooksAzureResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWebhooksAzureResourceWithRawResponse(self)

    @cached_property
    def trigger(self) -> AsyncAiMentorOrgsWebhooksAzureTriggerResource:
        from .trigger import AsyncAiMentorOrgsWebhooksAzureTriggerResource

        return AsyncAiMentorOrgsWebhooksAzureTriggerResource(self._client)


class AsyncAiMentorOrgsWebhooksAzureResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.webhooks.azure`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWebhooksAzureResource) -> None:
        self._resource = resource

    @cached_property
    def trigger(self) -> AsyncAiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse:
        from .trigger import AsyncAiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse

        return AsyncAiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse(self._resource.trigger)
