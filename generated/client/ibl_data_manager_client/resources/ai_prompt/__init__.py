"""`Client.ai_prompt`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .orgs import (
        AiPromptOrgsResource,
        AiPromptOrgsResourceWithRawResponse,
        AsyncAiPromptOrgsResource,
        AsyncAiPromptOrgsResourceWithRawResponse,
    )

__all__ = [
    "AiPromptResource",
    "AiPromptResourceWithRawResponse",
    "AsyncAiPromptResource",
    "AsyncAiPromptResourceWithRawResponse",
]


class AiPromptResource:
    """`Client.ai_prompt`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AiPromptOrgsResource:
        from .orgs import AiPromptOrgsResource

        return AiPromptOrgsResource(self._client)


class AiPromptResourceWithRawResponse:
    """`Client.ai_prompt`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AiPromptOrgsResourceWithRawResponse:
        from .orgs import AiPromptOrgsResourceWithRawResponse

        return AiPromptOrgsResourceWithRawResponse(self._resource.orgs)


class AsyncAiPromptResource:
    """`AsyncClient.ai_prompt`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptResourceWithRawResponse(self)

    @cached_property
    def orgs(self) -> AsyncAiPromptOrgsResource:
        from .orgs import AsyncAiPromptOrgsResource

        return AsyncAiPromptOrgsResource(self._client)


class AsyncAiPromptResourceWithRawResponse:
    """`AsyncClient.ai_prompt`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptResource) -> None:
        self._resource = resource

    @cached_property
    def orgs(self) -> AsyncAiPromptOrgsResourceWithRawResponse:
        from .orgs import AsyncAiPromptOrgsResourceWithRawResponse

        return AsyncAiPromptOrgsResourceWithRawResponse(self._resource.orgs)
