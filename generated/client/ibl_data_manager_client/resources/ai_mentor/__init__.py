"""`Client.ai_mentor`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .langfuse import (
        AiMentorLangfuseResource,
        AiMentorLangfuseResourceWithRawResponse,
        AsyncAiMentorLangfuseResource,
        AsyncAiMentorLangfuseResourceWithRawResponse,
    )
    from .orgs import (
        AiMentorOrgsResource,
        AiMentorOrgsResourceWithRawResponse,
        AsyncAiMentorOrgsResource,
        AsyncAiMentorOrgsResourceWithRawResponse,
    )
    from .webhooks import (
        AiMentorWebhooksResource,
        AiMentorWebhooksResourceWithRawResponse,
        AsyncAiMentorWebhooksResource,
        AsyncAiMentorWebhooksResourceWithRawResponse,
    )

__all__ = [
    "AiMentorResource",
    "AiMentorResourceWithRawResponse",
    "AsyncAiMentorResource",
    "AsyncAiMentorResourceWithRawResponse",
]


class AiMentorResource:
    """`Client.ai_mentor`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorResourceWithRawResponse(self)

    @cached_property
    def langfuse(self) -> AiMentorLangfuseResource:
        from .langfuse import AiMentorLangfuseResource

        return AiMentorLangfuseResource(self._client)

    @cached_property
    def orgs(self) -> AiMentorOrgsResource:
        from .orgs import AiMentorOrgsResource

        return AiMentorOrgsResource(self._client)

    @cached_property
    def webhooks(self) -> AiMentorWebhooksResource:
        from .webhooks import AiMentorWebhooksResource

        return AiMentorWebhooksResource(self._client)


class AiMentorResourceWithRawResponse:
    """`Client.ai_mentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorResource) -> None:
        self._resource = resource

    @cached_property
    def langfuse(self) -> AiMentorLangfuseResourceWithRawResponse:
        from .langfuse import AiMentorLangfuseResourceWithRawResponse

        return AiMentorLangfuseResourceWithRawResponse(self._resource.langfuse)

    @cached_property
    def orgs(self) -> AiMentorOrgsResourceWithRawResponse:
        from .orgs import AiMentorOrgsResourceWithRawResponse

        return AiMentorOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def webhooks(self) -> AiMentorWebhooksResourceWithRawResponse:
        from .webhooks import AiMentorWebhooksResourceWithRawResponse

        return AiMentorWebhooksResourceWithRawResponse(self._resource.webhooks)


class AsyncAiMentorResource:
    """`AsyncClient.ai_mentor`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorResourceWithRawResponse(self)

    @cached_property
    def langfuse(self) -> AsyncAiMentorLangfuseResource:
        from .langfuse import AsyncAiMentorLangfuseResource

        return AsyncAiMentorLangfuseResource(self._client)

    @cached_property
    def orgs(self) -> AsyncAiMentorOrgsResource:
        from .orgs import AsyncAiMentorOrgsResource

        return AsyncAiMentorOrgsResource(self._client)

    @cached_property
    def webhooks(self) -> AsyncAiMentorWebhooksResource:
        from .webhooks import AsyncAiMentorWebhooksResource

        return AsyncAiMentorWebhooksResource(self._client)


class AsyncAiMentorResourceWithRawResponse:
    """`AsyncClient.ai_mentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorResource) -> None:
        self._resource = resource

    @cached_property
    def langfuse(self) -> AsyncAiMentorLangfuseResourceWithRawResponse:
        from .langfuse import AsyncAiMentorLangfuseResourceWithRawResponse

        return AsyncAiMentorLangfuseResourceWithRawResponse(self._resource.langfuse)

    @cached_property
    def orgs(self) -> AsyncAiMentorOrgsResourceWithRawResponse:
        from .orgs import AsyncAiMentorOrgsResourceWithRawResponse

        return AsyncAiMentorOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def webhooks(self) -> AsyncAiMentorWebhooksResourceWithRawResponse:
        from .webhooks import AsyncAiMentorWebhooksResourceWithRawResponse

        return AsyncAiMentorWebhooksResourceWithRawResponse(self._resource.webhooks)
