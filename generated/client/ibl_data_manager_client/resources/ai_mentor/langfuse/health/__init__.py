"""`Client.ai_mentor.langfuse.health`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_mentor import (
    ai_mentor_langfuse_health_retrieve as _ai_mentor_langfuse_health_retrieve,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiMentorLangfuseHealthResource",
    "AiMentorLangfuseHealthResourceWithRawResponse",
    "AsyncAiMentorLangfuseHealthResource",
    "AsyncAiMentorLangfuseHealthResourceWithRawResponse",
]


class AiMentorLangfuseHealthResource:
    """`Client.ai_mentor.langfuse.health`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorLangfuseHealthResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorLangfuseHealthResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Proxy endpoint to check for langfuse health status

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_langfuse_health_retrieve.OPERATION,
            _ai_mentor_langfuse_health_retrieve.build_request(),
            options,
        )


class AiMentorLangfuseHealthResourceWithRawResponse:
    """`Client.ai_mentor.langfuse.health`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorLangfuseHealthResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorLangfuseHealthResource:
    """`AsyncClient.ai_mentor.langfuse.health`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorLangfuseHealthResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorLangfuseHealthResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Proxy endpoint to check for langfuse health status

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_langfuse_health_retrieve.OPERATION,
            _ai_mentor_langfuse_health_retrieve.build_request(),
            options,
        )


class AsyncAiMentorLangfuseHealthResourceWithRawResponse:
    """`AsyncClient.ai_mentor.langfuse.health`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorLangfuseHealthResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
