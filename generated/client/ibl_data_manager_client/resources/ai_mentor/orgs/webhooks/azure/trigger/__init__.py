"""`Client.ai_mentor.orgs.webhooks.azure.trigger`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_webhooks_azure_trigger_create as _ai_mentor_orgs_webhooks_azure_trigger_create,
)

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsWebhooksAzureTriggerResource",
    "AiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse",
    "AsyncAiMentorOrgsWebhooksAzureTriggerResource",
    "AsyncAiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse",
]


class AiMentorOrgsWebhooksAzureTriggerResource:
    """`Client.ai_mentor.orgs.webhooks.azure.trigger`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /api/ai-mentor/orgs/{org}/webhooks/azure/trigger/{slug}/

        Args:
            org (str, path)
            slug (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_webhooks_azure_trigger_create.OPERATION,
            _ai_mentor_orgs_webhooks_azure_trigger_create.build_request(org=org, slug=slug),
            options,
        )


class AiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse:
    """`Client.ai_mentor.orgs.webhooks.azure.trigger`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsWebhooksAzureTriggerResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsWebhooksAzureTriggerResource:
    """`AsyncClient.ai_mentor.orgs.webhooks.azure.trigger`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /api/ai-mentor/orgs/{org}/webhooks/azure/trigger/{slug}/

        Args:
            org (str, path)
            slug (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_webhooks_azure_trigger_create.OPERATION,
            _ai_mentor_orgs_webhooks_azure_trigger_create.build_request(org=org, slug=slug),
            options,
        )


class AsyncAiMentorOrgsWebhooksAzureTriggerResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.webhooks.azure.trigger`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsWebhooksAzureTriggerResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
