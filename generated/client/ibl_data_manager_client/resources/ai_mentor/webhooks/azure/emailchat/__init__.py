"""`Client.ai_mentor.webhooks.azure.emailchat`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_webhooks_azure_emailchat_create as _ai_mentor_webhooks_azure_emailchat_create,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorWebhooksAzureEmailchatResource",
    "AiMentorWebhooksAzureEmailchatResourceWithRawResponse",
    "AsyncAiMentorWebhooksAzureEmailchatResource",
    "AsyncAiMentorWebhooksAzureEmailchatResourceWithRawResponse",
]


class AiMentorWebhooksAzureEmailchatResource:
    """`Client.ai_mentor.webhooks.azure.emailchat`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorWebhooksAzureEmailchatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorWebhooksAzureEmailchatResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /api/ai-mentor/webhooks/azure/emailchat/

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_webhooks_azure_emailchat_create.OPERATION,
            _ai_mentor_webhooks_azure_emailchat_create.build_request(),
            options,
        )


class AiMentorWebhooksAzureEmailchatResourceWithRawResponse:
    """`Client.ai_mentor.webhooks.azure.emailchat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorWebhooksAzureEmailchatResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorWebhooksAzureEmailchatResource:
    """`AsyncClient.ai_mentor.webhooks.azure.emailchat`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorWebhooksAzureEmailchatResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorWebhooksAzureEmailchatResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /api/ai-mentor/webhooks/azure/emailchat/

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_webhooks_azure_emailchat_create.OPERATION,
            _ai_mentor_webhooks_azure_emailchat_create.build_request(),
            options,
        )


class AsyncAiMentorWebhooksAzureEmailchatResourceWithRawResponse:
    """`AsyncClient.ai_mentor.webhooks.azure.emailchat`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorWebhooksAzureEmailchatResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
