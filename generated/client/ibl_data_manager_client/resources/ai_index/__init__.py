"""`Client.ai_index`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AiIndexOrgsResource,
        AiIndexOrgsResourceWithRawResponse,
        AsyncAiIndexOrgsResource,
        AsyncAiIndexOrgsResourceWithRawResponse,
    )
    from .webhook import (
        AiIndexWebhookResource,
        AiIndexWebhookResourceWithRawResponse,
        AsyncAiIndexWebhookResource,
        AsyncAiIndexWebhookResourceWithRawResponse,
    )

__all__ = [
    "AiIndexResource",
    "AiIndexResourceWithRawResponse",
    "AsyncAiIndexResource",
    "AsyncAiIndexResourceWithRawResponse",
]


class AiIndexResource:
    """`Client.ai_index`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiIndexResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiIndexOrgsResource:
        from .orgs import AiIndexOrgsResource

        return AiIndexOrgsResource(self._client)

    @cached_property
    def webhook(self) -> AiIndexWebhookResource:
        from .webhook import AiIndexWebhookResource

        return AiIndexWebhookResource(self._client)


class AiIndexResourceWithRawResponse:
    """`Client.ai_index`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiIndexResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiIndexOrgsResourceWithRawResponse:
        from .orgs import AiIndexOrgsResourceWithRawResponse

        return AiIndexOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def webhook(self) -> AiIndexWebhookResourceWithRawResponse:
        from .webhook import AiIndexWebhookResourceWithRawResponse

        return AiIndexWebhookResourceWithRawResponse(self._resource.webhook)


class AsyncAiIndexResource:
    """`AsyncClient.ai_index`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiIndexResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiIndexResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiIndexOrgsResource:
        from .orgs import AsyncAiIndexOrgsResource

        return AsyncAiIndexOrgsResource(self._client)

    @cached_property
    def webhook(self) -> AsyncAiIndexWebhookResource:
        from .webhook import AsyncAiIndexWebhookResource

        return AsyncAiIndexWebhookResource(self._client)


class AsyncAiIndexResourceWithRawResponse:
    """`AsyncClient.ai_index`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiIndexResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiIndexOrgsResourceWithRawResponse:
        from .orgs import AsyncAiIndexOrgsResourceWithRawResponse

        return AsyncAiIndexOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def webhook(self) -> AsyncAiIndexWebhookResourceWithRawResponse:
        from .webhook import AsyncAiIndexWebhookResourceWithRawResponse

        return AsyncAiIndexWebhookResourceWithRawResponse(self._resource.webhook)
