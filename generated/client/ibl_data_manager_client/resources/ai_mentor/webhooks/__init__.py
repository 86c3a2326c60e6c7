"""`Client.ai_mentor.webhooks`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .azure import (
        AiMentorWebhooksAzureResource,
        AiMentorWebhooksAzureResourceWithRawResponse,
        AsyncAiMentorWebhooksAzureResource,
        AsyncAiMentorWebhooksAzureResourceWithRawResponse,
    )
    from .n8n_progress import (
        AiMentorWebhooksN8nProgressResource,
        AiMentorWebhooksN8nProgressResourceWithRawResponse,
        AsyncAiMentorWebhooksN8nProgressResource,
        AsyncAiMentorWebhooksN8nProgressResourceWithRawResponse,
    )

__all__ = [
    "AiMentorWebhooksResource",
    "AiMentorWebhooksResourceWithRawResponse",
    "AsyncAiMentorWebhooksResource",
    "AsyncAiMentorWebhooksResourceWithRawResponse",
]


class AiMentorWebhooksResource:
    """`Client.ai_mentor.webhooks`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorWebhooksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorWebhooksResourceWithRawResponse(self)

    @cached_property
    def azure(self) -> AiMentorWebhooksAzureResource:
        from .azure import AiMentorWebhooksAzureResource

        return AiMentorWebhooksAzureResource(self._client)

    @cached_property
    def n8n_progress(self) -> AiMentorWebhooksN8nProgressResource:
        from .n8n_progress import AiMentorWebhooksN8nProgressResource

        return AiMentorWebhooksN8nProgressResource(self._client)


class AiMentorWebhooksResourceWithRawResponse:
    """`Client.ai_mentor.webhooks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorWebhooksResource) -> None:
        self._resource = resource

    @cached_property
    def azure(self) -> AiMentorWebhooksAzureResourceWithRawResponse:
        from .azure import AiMentorWebhooksAzureResourceWithRawResponse

        return AiMentorWebhooksAzureResourceWithRawResponse(self._resource.azure)

    @cached_property
    def n8n_progress(self) -> AiMentorWebhooksN8nProgressResourceWithRawResponse:
        from .n8n_progress import AiMentorWebhooksN8nProgressResourceWithRawResponse

        return AiMentorWebhooksN8nProgressResourceWithRawResponse(self._resource.n8n_progress)


class AsyncAiMentorWebhooksResource:
    """`AsyncClient.ai_mentor.webhooks`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorWebhooksResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorWebhooksResourceWithRawResponse(self)

    @cached_property
    def azure(self) -> AsyncAiMentorWebhooksAzureResource:
        from .azure import AsyncAiMentorWebhooksAzureResource

        return AsyncAiMentorWebhooksAzureResource(self._client)

    @cached_property
    def n8n_progress(self) -> AsyncAiMentorWebhooksN8nProgressResource:
        from .n8n_progress import AsyncAiMentorWebhooksN8nProgressResource

        return AsyncAiMentorWebhooksN8nProgressResource(self._client)


class AsyncAiMentorWebhooksResourceWithRawResponse:
    """`AsyncClient.ai_mentor.webhooks`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorWebhooksResource) -> None:
        self._resource = resource

    @cached_property
    def azure(self) -> AsyncAiMentorWebhooksAzureResourceWithRawResponse:
        from .azure import AsyncAiMentorWebhooksAzureResourceWithRawResponse

        return AsyncAiMentorWebhooksAzureResourceWithRawResponse(self._resource.azure)

    @cached_property
    def n8n_progress(self) -> AsyncAiMentorWebhooksN8nProgressResourceWithRawResponse:
        from .n8n_progress import AsyncAiMentorWebhooksN8nProgressResourceWithRawResponse

        return AsyncAiMentorWebhooksN8nProgressResourceWithRawResponse(self._resource.n8n_progress)
