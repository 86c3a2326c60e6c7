"""`Client.ai_mentor.langfuse`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .health import (
        AiMentorLangfuseHealthResource,
        AiMentorLangfuseHealthResourceWithRawResponse,
        AsyncAiMentorLangfuseHealthResource,
        AsyncAiMentorLangfuseHealthResourceWithRawResponse,
    )

__all__ = [
    "AiMentorLangfuseResource",
    "AiMentorLangfuseResourceWithRawResponse",
    "AsyncAiMentorLangfuseResource",
    "AsyncAiMentorLangfuseResourceWithRawResponse",
]


class AiMentorLangfuseResource:
    """`Client.ai_mentor.langfuse`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorLangfuseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorLangfuseResourceWithRawResponse(self)

    @cached_property
    def health(self) -> AiMentorLangfuseHealthResource:
        from .health import AiMentorLangfuseHealthResource

        return AiMentorLangfuseHealthResource(self._client)


class AiMentorLangfuseResourceWithRawResponse:
    """`Client.ai_mentor.langfuse`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorLangfuseResource) -> None:
        self._resource = resource

    @cached_property
    def health(self) -> AiMentorLangfuseHealthResourceWithRawResponse:
        from .health import AiMentorLangfuseHealthResourceWithRawResponse

        return AiMentorLangfuseHealthResourceWithRawResponse(self._resource.health)


class AsyncAiMentorLangfuseResource:
    """`AsyncClient.ai_mentor.langfuse`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorLangfuseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorLangfuseResourceWithRawResponse(self)

    @cached_property
    def health(self) -> AsyncAiMentorLangfuseHealthResource:
        from .health import AsyncAiMentorLangfuseHealthResource

        return AsyncAiMentorLangfuseHealthResource(self._client)


class AsyncAiMentorLangfuseResourceWithRawResponse:
    """`AsyncClient.ai_mentor.langfuse`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorLangfuseResource) -> None:
        self._resource = resource

    @cached_property
    def health(self) -> AsyncAiMentorLangfuseHealthResourceWithRawResponse:
        from .health import AsyncAiMentorLangfuseHealthResourceWithRawResponse

        return AsyncAiMentorLangfuseHealthResourceWithRawResponse(self._resource.health)
