"""`Client.ai_index.webhook`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .scan import (
        AiIndexWebhookScanResource,
        AiIndexWebhookScanResourceWithRawResponse,
        AsyncAiIndexWebhookScanResource,
        AsyncAiIndexWebhookScanResourceWithRawResponse,
    )

__all__ = [
    "AiIndexWebhookResource",
    "AiIndexWebhookResourceWithRawResponse",
    "AsyncAiIndexWebhookResource",
    "AsyncAiIndexWebhookResourceWithRawResponse",
]


class AiIndexWebhookResource:
    """`Client.ai_index.webhook`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexWebhookResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexWebhookResourceWithRawResponse(self)

    @cached_property
    def scan(self) -> AiIndexWebhookScanResource:
        from .scan import AiIndexWebhookScanResource

        return AiIndexWebhookScanResource(self._client)


class AiIndexWebhookResourceWithRawResponse:
    """`Client.ai_index.webhook`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexWebhookResource) -> None:
        self._resource = resource

    @cached_property
    def scan(self) -> AiIndexWebhookScanResourceWithRawResponse:
        from .scan import AiIndexWebhookScanResourceWithRawResponse

        return AiIndexWebhookScanResourceWithRawResponse(self._resource.scan)


class AsyncAiIndexWebhookResource:
    """`AsyncClient.ai_index.webhook`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexWebhookResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexWebhookResourceWithRawResponse(self)

    @cached_property
    def scan(self) -> AsyncAiIndexWebhookScanResource:
        from .scan import AsyncAiIndexWebhookScanResource

        return AsyncAiIndexWebhookScanResource(self._client)


class AsyncAiIndexWebhookResourceWithRawResponse:
    """`AsyncClient.ai_index.webhook`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexWebhookResource) -> None:
        self._resource = resource

    @cached_property
    def scan(self) -> AsyncAiIndexWebhookScanResourceWithRawResponse:
        from .scan import AsyncAiIndexWebhookScanResourceWithRawResponse

        return AsyncAiIndexWebhookScanResourceWithRawResponse(self._resource.scan)
