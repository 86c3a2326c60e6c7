"""`Client.ai_mentor.webhooks.n8n_progress`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_webhooks_n8n_progress_create as _ai_mentor_webhooks_n8n_progress_create,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorWebhooksN8nProgressResource",
    "AiMentorWebhooksN8nProgressResourceWithRawResponse",
    "AsyncAiMentorWebhooksN8nProgressResource",
    "AsyncAiMentorWebhooksN8nProgressResourceWithRawResponse",
]


class AiMentorWebhooksN8nProgressResource:
    """`Client.ai_mentor.webhooks.n8n_progress`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorWebhooksN8nProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorWebhooksN8nProgressResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """This is the endpoint called by N8N workflows from N8N, to report progress to the mentor
        SPA(DM)  Example request: ``` {\"unique_id\": \"the-unique-id\", \"progress\": \"the
        email was successfully sent.\", \"finished\": false} ```

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_webhooks_n8n_progress_create.OPERATION,
            _ai_mentor_webhooks_n8n_progress_create.build_request(),
            options,
        )


class AiMentorWebhooksN8nProgressResourceWithRawResponse:
    """`Client.ai_mentor.webhooks.n8n_progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorWebhooksN8nProgressResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorWebhooksN8nProgressResource:
    """`AsyncClient.ai_mentor.webhooks.n8n_progress`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorWebhooksN8nProgressResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorWebhooksN8nProgressResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """This is the endpoint called by N8N workflows from N8N, to report progress to the mentor
        SPA(DM)  Example request: ``` {\"unique_id\": \"the-unique-id\", \"progress\": \"the
        email was successfully sent.\", \"finished\": false} ```

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_webhooks_n8n_progress_create.OPERATION,
            _ai_mentor_webhooks_n8n_progress_create.build_request(),
            options,
        )


class AsyncAiMentorWebhooksN8nProgressResourceWithRawResponse:
    """`AsyncClient.ai_mentor.webhooks.n8n_progress`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorWebhooksN8nProgressResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
